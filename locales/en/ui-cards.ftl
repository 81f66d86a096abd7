# The cards page: card runs, the follow-up sheet, card settings.
cards-title = Cards & reminders
cards-reminders = This week's reminders
cards-no-reminders = No reminder this week.
cards-done = Done
cards-snooze = Later (+3 d)
cards-new-reminder = New reminder
cards-reminder-title = What to do
cards-reminder-due = On
cards-repeat = Repeat every
cards-repeat-none = don't repeat
cards-days = days
cards-months = months
cards-add-reminder = Add reminder
cards-birthdays = Birthdays to wish
cards-previous-week = Previous week
cards-next-week = Next week
cards-monthly = The month's card
cards-tab-month = The month's cards
cards-tab-occasions = Birthdays & anniversaries
cards-tab-follow-up = This week's follow-up
cards-month-heading = Cards for { $month }
cards-coming-month = (next month)
cards-current-month = (this month)
cards-period-cards = Birthday and "one year together" cards
cards-follow-up = Who to call or see this week
cards-runs = Recorded mailings and offers used
cards-settings = Offers per loyalty stage and follow-up thresholds
cards-month = Month
cards-kind = Cards
cards-option-birthday = Birthdays
cards-option-anniversary = A year since the first purchase
cards-kind-monthly = Month's card
cards-kind-birthday = Birthdays
cards-kind-anniversary = One year together
cards-from = From
cards-to = To
cards-layout = Format
cards-layout4up = 4 cards per A4 (home printer)
cards-layout-single = A6 postcard (print shop)
cards-households = One card per household
cards-open-viewer = Open the PDF afterwards
cards-text-language = Language of the words (each customer gets their card in their language)
cards-greeting = Greeting printed on the card
cards-message = Message
cards-save-texts = Save the text
cards-reset-texts = Back to the suggested text
cards-nobody = Nobody gets a card.
cards-summary =
    { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } for { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    } · { $skipped } without a card.
cards-household-members = ({ $n ->
        [one] { $n } gets their household's card.
       *[other] { $n } get their household's card.
    })
cards-all-recorded = Already recorded: nothing will count twice.
cards-other-languages = Of which { $list } in their own language.
cards-and = {" "}and{" "}
cards-who-gets-one = Who gets a card
cards-and-more = … and { $n } more.
cards-skipped = Without a card, and why
cards-nobody-skipped = Nobody is left out.
cards-skip-no_post_consent = No consent to post
cards-skip-no_address = Incomplete address
cards-skip-archived = Archived
cards-skip-erased = Data erased
cards-skip-same_design_as_last = Got this very card last time
cards-thanks = Thank-you
cards-recorded = already recorded
cards-generate = Create the PDF…
cards-record = Record the mailing
cards-cancel = Cancel
cards-cancelled = Cancelled: nothing was written.
cards-not-saved = Not saved.
cards-generated =
    { $file }: { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } on { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }. Once posted, record the mailing.
cards-nothing-to-record = Nothing new to record.
cards-recorded-run = Mailing recorded: { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    }, "card sent" for { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    }.
cards-week = Week
cards-week-from-to = From { $from } to { $to }
cards-nobody-this-week = Nobody to contact this week.
cards-reason-birthday_coming = Birthdays coming
cards-reason-after_purchase = Follow-up after a purchase
cards-reason-open_complaint = Open complaints
cards-reason-drifting_away = Valued customers drifting away
cards-reason-reminder = Reminders
cards-drifting-unavailable = Valued customers drifting away could not be computed.
cards-print-sheet = Print as PDF…
cards-sheet-saved = { $file } saved.
cards-no-runs = No mailing recorded yet.
cards-run-period = Mailing
cards-run-cards = Cards
cards-run-offers = Offers
cards-run-redeemed = Used
cards-run-cards-for =
    { $cards } ({ $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    })
cards-offers-help = Discount on the next purchase by loyalty stage, printed with a personal code (0: no offer). A customer who came recently gets a thank-you instead.
cards-thanks-days = Thank if they bought within (days)
cards-purchase-days = Call after a purchase (days)
cards-purchase-min = … of at least (amount)
cards-complaint-days = Complaints open for (days)
cards-drifting-max = Valued customers drifting away (at most)
