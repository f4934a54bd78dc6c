"""Sync Doctor's own push of HubSpot invoices to QBO: payloads now; the engine builds on them."""
