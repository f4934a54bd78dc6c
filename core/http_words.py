"""What core.http says when a service cannot be reached, refuses the login or keeps throttling: catalogue
messages, so the window shows them in its language (str() of each is the English the command line prints).

A failure's description is a phrase that follows the service's name ("HubSpot took longer than …") or ends a
sentence ("Cannot reach HubSpot at …: the connection was dropped …").
"""

from __future__ import annotations

from core.i18n import N_, Message

NOT_AN_ADDRESS = N_("Network", "The {what} address {address} is not a valid web address. Correct it and try again.")
NOT_SECURE = N_("Network", "The {what} address {address} must use https (a secure connection); plain http is only "
                           "allowed to this computer (localhost). Correct the address and try again.")
REFUSED_403 = N_("Network", "{service} refused access (HTTP 403): the connection lacks a permission or is not "
                            "authorised for this company. Reconnect and grant every requested permission.")
REFUSED_401 = N_("Network", "{service} did not accept the login (HTTP 401): it has expired or was revoked. "
                            "Reconnect to continue.")
RATE_LIMITED = N_("Network", "{service} kept refusing requests because of its rate limit. Wait a minute and try "
                             "again.")
WAIT_TOO_LONG = N_("Network", "{service} asks Sync Doctor to wait {duration} before trying again (its rate "
                              "limit). Try again later.")
CANNOT_REACH = N_("Network", "Cannot reach {service} at {address}: {reason}.")
STOPPED_READING = N_("Network", "{service} {reason} to {what}; stopped reading.")
STOPPED_WAITING = N_("Network", "{service} {reason} to {what}; stopped waiting.")

# Why one attempt got no usable reply.
SLOW = N_("Network", "took longer than {seconds} s to send its reply")
TOO_LARGE = N_("Network", "sent more than {size} in one reply")
STOPPED_MID_REPLY = N_("Network", "the service stopped sending in the middle of its reply")
CUT_OFF = N_("Network", "the reply was cut off before its end")
BAD_COMPRESSION = N_("Network", "the reply's compression is damaged")
READ_FAILED = N_("Network", "the connection failed while the reply was being read")
BAD_CERTIFICATE = N_("Network", "its certificate could not be verified, so no data was sent (is something "
                                "intercepting the connection?)")
SECURE_FAILED = N_("Network", "the secure connection failed")
CONNECT_FAILED = N_("Network", "the connection failed (check the network, or whether the address is right)")
TOO_SLOW = N_("Network", "the service took too long to answer")
DROPPED = N_("Network", "the connection was dropped before a reply came")
NOT_MADE = N_("Network", "the request could not be made ({error})")

# What an unreadable reply is ({problem} of UNREADABLE); {error} is the JSON reader's own words.
UNREADABLE = N_("Network", "{service} sent a reply that is {problem}, in answer to {what}; it was not used.")
EMPTY_REPLY = N_("Network", "empty")
NOT_UTF8 = N_("Network", "not valid UTF-8 (at byte {position})")
TOO_DEEP = N_("Network", "not valid JSON (nested too deeply)")
WEB_PAGE = N_("Network", "not valid JSON (it looks like a web page)")
NOT_JSON_AT = N_("Network", "not valid JSON ({error} at line {line} column {column})")
NOT_JSON = N_("Network", "not valid JSON ({error})")
HALF_PAIR = N_("Network", "not valid JSON (a string holds half of a UTF-16 pair)")

SECONDS = N_("Network", "{n} seconds")
MINUTES = N_("Network", "{n} minutes")
HOURS = N_("Network", "{n} hours")


def duration(seconds: float) -> Message:
    # the count is pre-formatted text: the English wording ("90 seconds") must not change with number formats
    if seconds < 120:
        return SECONDS.format(n=f"{seconds:.0f}")
    if seconds < 7200:
        return MINUTES.format(n=f"{seconds / 60:.0f}")
    return HOURS.format(n=f"{seconds / 3600:.0f}")
