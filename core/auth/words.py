"""What connecting says when it cannot go on: catalogue messages, so the window shows them in its language
(str() of each is the English the command line prints). {service} is "HubSpot" or "QuickBooks"."""

from __future__ import annotations

from core.i18n import N_

# app credentials (typed in, or the firm's oauth-apps.json)
ENTER_CLIENT_ID = N_("Connecting", "Enter the app's client id.")
ENTER_CLIENT_SECRET = N_("Connecting", "Enter the app's client secret.")
NO_APP = N_("Connecting", "This computer has no {service} app set up yet. Ask your firm's administrator for the app "
                          "settings file (oauth-apps.json), or enter the app's details under Advanced.")
FIRM_FILE_UNREADABLE = N_("Connecting", "The firm's app settings file ({path}) cannot be read: {reason}. Ask your "
                                        "administrator for a new copy.")
FIRM_FILE_MISSING = N_("Connecting", "it is missing or may not be read")
FIRM_FILE_NOT_JSON = N_("Connecting", "it is not valid JSON")
FIRM_FILE_DISK = N_("Connecting", "the disk refused to read it")
FIRM_FILE_FORM = N_("Connecting", "The firm's app settings file ({path}) is not in the expected form. Ask your "
                                  "administrator for a new copy.")
FIRM_BAD_PORT = N_("Connecting", "The loopback_port of \"{name}\" in {path} must be a port number (1024-65535).")
FIRM_TEXT_ONLY = N_("Connecting", "The \"{name}\" entry of {path} must hold text values only.")
FIRM_NO_SECRET = N_("Connecting", "The \"{name}\" entry of {path} needs a client_id and a client_secret.")
FIRM_ENVIRONMENT = N_("Connecting", "The QuickBooks environment in {path} must be \"production\" or \"sandbox\".")

# the address the browser landed on
PASTE_ADDRESS = N_("Connecting", "Paste the whole address from your browser's address bar first.")
NOT_LANDED_ADDRESS = N_("Connecting", "That does not look like the address the browser landed on after you approved. "
                                      "Copy the whole address from the address bar (it contains \"code=\") and paste "
                                      "it again.")
DENIED = N_("Connecting", "You did not allow Sync Doctor to access {service}. Nothing was changed. Start again and "
                          "choose Connect (or Allow) to go on.")
PROVIDER_ERROR = N_("Connecting", "{service} did not give access: {detail}.")
STATE_MISMATCH = N_("Connecting", "This answer does not belong to the sign-in Sync Doctor started (the security check "
                                  "did not match). It may be from an older attempt. Start connecting {service} again "
                                  "and use only the newest browser tab.")
NO_CODE = N_("Connecting", "The address has no sign-in code from {service}. Copy the whole address after you approved, "
                           "and paste it again.")
NO_REALM = N_("Connecting", "QuickBooks did not say which company you chose (the address has no realmId). Copy the "
                            "whole address and paste it again.")
NO_ANSWER = N_("Connecting", "No answer came back from the browser within {duration}. If the sign-in page showed an "
                             "error, fix what it says; then start the connection again.")
ONE_SECOND = N_("Connecting", "1 second")
SECONDS = N_("Connecting", "{n} seconds")
MINUTES = N_("Connecting", "{n} minutes")
# {timeout} is NO_ANSWER, already a sentence.
HUBSPOT_SCOPES_PAGE = N_("Connecting", "{timeout} HubSpot shows an error page when the app does not declare every "
                                       "permission Sync Doctor asks for: {scopes}.")

# a pasted HubSpot token
PASTE_TOKEN = N_("Connecting", "Paste the private-app token or service key first.")
TOKEN_UNREACHABLE = N_("Connecting", "Could not reach HubSpot to check the token: {reason}. Check your internet "
                                     "connection and try again.")
TOKEN_REFUSED = N_("Connecting", "HubSpot did not accept this token. Copy it again from HubSpot (private app or "
                                 "service key) and paste the whole token.")
TOKEN_NO_SCOPES = N_("Connecting", "HubSpot accepted the token but it may not read contacts. Give the private app or "
                                   "service key these scopes: {scopes}.")
TOKEN_STATUS = N_("Connecting", "HubSpot answered {status} when checking the token. Try again later.")
TOKEN_GONE = N_("Connecting", "HubSpot no longer accepts the saved private-app token or service key (it was deleted or "
                              "rotated). Paste the current one to reconnect.")

# QuickBooks redirects
LOCALHOST_DEV_ONLY = N_("Connecting", "Intuit accepts a redirect to this computer (localhost) only for development "
                                      "keys. For production, use \"paste the address your browser landed on\" with the "
                                      "HTTPS redirect address registered for your app.")
ENTER_REDIRECT = N_("Connecting", "Enter the redirect address registered for your Intuit app (it starts with https://) "
                                  "before connecting this way.")

# a profile's connections
NOT_CONNECTED = N_("Connecting", "{service} is not connected for the profile \"{profile}\". Choose Connect… to connect "
                                 "it.")
LOST = N_("Connecting", "{service} needs you to reconnect: no saved connection was found. Connect {service} again.")
LOST_IN_MEMORY = N_("Connecting", "{service} needs you to reconnect: no saved connection was found (it was kept in "
                                  "memory only and Sync Doctor was restarted). Connect {service} again.")
NOTHING_SAVED = N_("Connecting", "{service} needs you to reconnect: no saved connection was found. Connect {service}.")
LOCK_BUSY = N_("Connecting", "Another Sync Doctor window is busy refreshing the same connection. Wait a moment and try "
                             "again.")

# signing in (the token endpoint)
SIGN_IN_UNREACHABLE = N_("Connecting", "Could not reach {service} to sign in: {reason}. Check your internet connection "
                                       "and try again.")
CONNECTION_FAILED = N_("Connecting", "the connection failed")
NO_TOKENS = N_("Connecting", "{service} answered the sign-in without the expected tokens.")
NO_TOKENS_TRY_AGAIN = N_("Connecting", "{service} answered the sign-in without the expected tokens. Try again; if it "
                                       "keeps happening, the app's settings may be wrong.")
APP_REJECTED = N_("Connecting", "{service} did not accept this app's client id and secret. Check them in the app "
                                "credentials and try again.")
RECONNECT_REFUSED = N_("Connecting", "{service} needs you to reconnect: the saved connection was refused (it expired, "
                                     "was revoked, or the app was uninstalled). Connect {service} again.")
CODE_REJECTED = N_("Connecting", "{service} refused the sign-in code: it was already used, has expired, or belongs to "
                                 "another attempt. Start the connection again.")
SIGN_IN_STATUS = N_("Connecting", "{service} answered {status} when signing in ({code}).")
NO_ERROR_CODE = N_("Connecting", "no error code")

# disconnecting
NO_APP_SAVED = N_("Connecting", "the app's client id and secret are not saved")
# {reason} is why the service could not be told (an error message, a whole sentence or a phrase).
NOT_TOLD = N_("Connecting", "Sync Doctor forgot the connection, but could not tell {service} ({reason}). To be sure, "
                            "remove Sync Doctor from the connected apps in {service}'s settings.")
TOKEN_STAYS_VALID = N_("Connecting", "Sync Doctor forgot the token. HubSpot keeps it valid until you delete or rotate "
                                     "it in the private app or service key settings.")
