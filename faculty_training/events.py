"""Named events of the plugin: one rule publishes a change, the rules that depend on it subscribe.

Publishing an event instead of calling the next service keeps each rule in one place and the
import graph a tree (completion does not import certificates, certificates do not import
completion's callers). The receivers live in ``signals.py``.
"""

from django.dispatch import Signal

#: Sent once per evaluation after enrolments' completion changed, inside the transaction that
#: changed them. Arguments: ``gained`` (enrolments that just became complete) and ``lost``
#: (enrolments that were complete and no longer are), both lists of Enrollment.
completion_changed = Signal()
