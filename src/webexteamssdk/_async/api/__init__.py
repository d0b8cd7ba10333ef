"""Generated asyncio API groups."""
