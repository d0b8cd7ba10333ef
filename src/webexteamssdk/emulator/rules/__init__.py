"""The emulator's state and rules, split per resource; :class:`..store.Store` combines them."""
