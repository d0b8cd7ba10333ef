"""The asyncio face of the SDK: ``AsyncWebexTeamsAPI`` and its API groups."""
