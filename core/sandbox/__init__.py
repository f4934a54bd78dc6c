"""The embedded emulation of the HubSpot and QuickBooks Online APIs (see README.md here)."""
