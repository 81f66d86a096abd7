# The customer list, a customer's page and forms, duplicates and merges.
customers-search = Search a name, e-mail, phone, city…
customers-add = New customer
customers-count =
    { $n ->
        [one] { $n } customer
       *[other] { $n } customers
    }
customers-none = No customer matches “{ $q }”.
customers-col-name = Name
customers-col-city = City
customers-col-contact = Contact
customers-col-purchases = Purchases
customers-col-total = Total
customers-col-last = Last purchase
customers-none-filtered = No customer matches these filters.
customers-count-archived =
    { $n ->
        [one] { $n } archived customer
       *[other] { $n } archived customers
    }
customers-sort-by = Sort by { $column } (click again to reverse)
customers-filter-stage = Stage
customers-filter-segment = Segment
customers-filter-tag = Tag
customers-filter-consent = Consent
customers-filter-city = Town
customers-filter-birthday = Birthday this month
customers-filter-archived = Archived
customers-filter-clear = Clear filters ({ $n })
customers-views = Views…
customers-view-save-as = Save view
customers-view-name = View name
customers-view-save = Save
customers-view-need-name = Give the view a name.
customers-view-replace-ask = A view “{ $name }” exists: Save again to replace it.
customers-view-delete = Delete view
customers-view-delete-ask = Delete the view “{ $name }”? The customers are not touched.
customers-hit = { $field }: { $text }
customers-hit-postal_code = postcode
customers-hit-tag = tag
customers-hit-preferences = preferences
customers-hit-notes = note
customers-hit-email = e-mail
customers-hit-phone = phone
customer-back = ← Customers
customer-edit = Edit
customer-since = Customer since { $date }
customer-contact = Contact details
customer-birthday = Birthday
customer-language = Language
customer-household = Household
customer-relations = Household and referrals
customer-referred-by = Referred by
customer-referrals = Referred
customer-consents = Consents
customer-consent-history = Consent history
customer-granted = granted
customer-withdrawn = withdrawn
customer-no-consent = none
customer-preferences = Preferences
customer-notes = Notes
customer-tags = Tags
customer-purchases = Purchases
customer-purchase-summary =
    { $n ->
        [one] { $n } purchase
       *[other] { $n } purchases
    } for { $total }
customer-no-purchases = No purchase yet.
customer-interactions = Interactions and follow-ups
customer-no-interactions = No interaction recorded.
purchase-add = Record a purchase
purchase-amount = Amount
purchase-category = Category
purchase-note = Note
purchase-offer-code = Offer code
purchase-at = Date
purchase-save = Save purchase
purchase-saved = Purchase recorded.
interaction-add = Log an interaction
interaction-kind = Kind
interaction-summary = In a few words
interaction-due = Deal with it by
interaction-save = Save
interaction-resolve = Resolve
interaction-resolution = How it was resolved
interaction-age =
    { $n ->
        [one] open for { $n } day
       *[other] open for { $n } days
    }
interaction-overdue = overdue
kind-complaint = Complaint
kind-return = Return
kind-service_request = Service request
kind-consultation = Consultation
kind-call = Call
kind-visit = Visit
kind-card_sent = Card sent
kind-promotion_response = Promotion response
kind-note = Note
channel-post = post
channel-email = e-mail
channel-phone = phone
channel-sms = SMS
form-add-title = New customer
form-edit-title = Edit { $name }
form-salutation = Title
form-salutation-none = —
form-salutation-mrs = Mrs
form-salutation-ms = Ms
form-salutation-mr = Mr
form-salutation-mx = No title
form-first-name-terms = First-name terms on cards
form-first_name = First name
form-last_name = Last name
form-company = Company
form-email = E-mail
form-phone = Phone
form-address_line1 = Address
form-address_line2 = Address line 2
form-postal_code = Postcode
form-city = City
form-country = Country (FR, BE, GB…)
form-language = Language of their cards
form-language-shop = The shop's
form-birthday = Birthday
form-birthday-help = Day and month; the year if they tell it.
form-referred_by = Referred by
form-preferences = Preferences
form-notes = Notes
form-tags = Tags (comma separated)
form-consents = Agrees to be contacted by
form-save = Save
form-cancel = Cancel
form-fix = Please correct the marked fields.
file-archive = Archive
file-unarchive = Unarchive
file-archived = Archived record: out of the list (its "Archived" filter shows it), the searches and the mailings. Its history is kept.
file-erase = Erase their data
file-export-record = Export their data
file-exported = Data saved to { $name }
file-erase-yes = Erase for good
file-cancel = Cancel
file-erased = Data erased: { $n ->
        [one] { $n } purchase kept anonymous.
       *[other] { $n } purchases kept anonymous.
    }
file-timeline = Timeline
file-more = Older…
file-timeline-empty = Nothing yet.
file-card-sent = Card sent: { $occasion }
file-ladder-up = Moved up the ladder: { $from } → { $to }
file-ladder-down = Moved down the ladder: { $from } → { $to }
file-ladder-entered = Entered the ladder: { $to }
file-ladder-set-by-hand = Stage set by hand: { $to }
file-consent-granted = { $channel }: granted
file-consent-withdrawn = { $channel }: withdrawn
file-refund = Refund
file-refund-amount = Amount refunded
file-delete = Delete
file-duplicates = Probable duplicates
file-no-duplicates = No probable duplicate.
file-reason-email = same e-mail
file-reason-phone = same phone
file-reason-name_and_postcode = same name and postcode
file-consent-change = Change consents
file-household-title = Household: lives with…
file-household-with = Customer no.
file-household-link = Link to the same household
file-household-leave = Leave the household
file-household-which = Give the number of the customer they live with.
form-referred-by-help = Type a few letters of their name, then pick from the list.
file-archive-title = Archive { $name }?
file-archive-what = The record leaves the customer list, the searches and the card mailings. Their purchases, interactions and consents stay.
file-archive-back = You will find it under "Archived", in the customer list, and can unarchive it at any time.
file-archive-yes = Archive the record
file-keep-in-list = Keep it in the list
file-archived-notice = { $name } is archived.
file-unarchived-notice = { $name } is back in the list.
file-erase-title = Erase { $name }'s data?
file-erase-what = Name, contact details, address, birthday, notes, tags, consents and reminders are erased; so is the text of their interactions.
file-erase-kept =
    { $n ->
        [0] They have no purchase to keep.
        [one] Their purchase stays, nameless, in your figures.
       *[other] Their { $n } purchases stay, nameless, in your figures.
    }
file-erase-final = This is final: the law wants it so, and there is no undo.
file-delete-title = Delete this purchase?
file-delete-refund-title = Delete this refund?
file-delete-what = It disappears from the record and from every figure (total, loyalty ladder, analyses).
file-undo-for = You can undo it for { $n } minutes, from the message that follows.
file-delete-yes = Delete the purchase
file-delete-no = Keep the purchase
file-delete-refund-yes = Delete the refund
file-delete-refund-no = Keep the refund
file-deleted-notice = Purchase deleted: { $what }.
file-delete-undone = Purchase put back: { $what }.
file-resolved = Resolved: { $kind } "{ $summary }"
file-resolved-how = Resolved: { $kind } "{ $summary }" — { $resolution }
interaction-age-today = opened today
interaction-resolved-on = Resolved on { $date }:
merge-intro = Two records that look like the same person. Compare them field by field, then merge them or say they are two people.
merge-number = no. { $id }
merge-compare = Compare and merge…
merge-two-people = These are two people
merge-two-people-title = Are these two people?
merge-two-people-what = { $a } and { $b } will no longer be offered as a duplicate.
merge-two-people-kept = Both records stay as they are.
merge-two-people-done = { $a } and { $b }: two people, the pair is no longer offered.
merge-caption = Where the two records differ, choose the value kept. Record no. { $a } keeps its number.
merge-kept = Record no. { $id }
merge-other = Record no. { $id }
merge-result = After the merge
merge-both = both
merge-address = Address
merge-purchases = { $n } · { $total }
merge-side-purchases = Purchases: { $n }
merge-all-kept = all kept
merge-consents-kept = both histories kept
merge-merge = Merge these two records…
merge-title = Merge two records into one?
merge-what = Record no. { $b } ({ $nameB }) will be merged into record no. { $a } ({ $nameA }), which keeps its number. Record no. { $b } leaves the list.
merge-keeps = The merged record will have:
merge-moves = Moving from record no. { $b } to record no. { $a }: their purchases ({ $p }), interactions ({ $i }), consents, tags, reminders and cards sent.
merge-yes = Merge the two records
merge-no = Don't merge
merge-done = Records merged into { $name } (no. { $id }): purchases ({ $p }) and interactions ({ $i }) brought together.
merge-undone = Merge undone: { $a } and { $b } are back as they were.
archived-badge = Archived
