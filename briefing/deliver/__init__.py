"""Deliver: the built edition by SMTP, recorded so nothing is sent twice; the daily schedule.

Imported by its modules (`send`, `scheduler`): SMTP and APScheduler load only for the commands that use them.
"""
