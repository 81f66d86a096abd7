# The weekly follow-up sheet (crates/printing).
print-sheet-title = Who to call or see this week
# $from and $to: day and month, with the year when the week spans two.
print-sheet-week = week of { $from } to { $to }
# A group's header on the pages after its first.
print-sheet-continued = { $group } (continued)
print-sheet-page = page { $page } / { $pages }
print-sheet-nobody = Nobody to contact this week.
print-sheet-reason-birthday = Birthdays coming
print-sheet-reason-purchase = Follow-up after a purchase
print-sheet-reason-complaint = Open complaints
print-sheet-reason-drifting = Valued customers drifting away
print-sheet-reason-reminder = Reminders
