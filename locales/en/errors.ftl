# What is wrong, in the shopkeeper's words: one message per code of fidele_domain::ErrorCode
# (error-<code>, dashes for underscores) and per kind of error the app reports (error-kind-*).
# The field is shown beside the message (a form) or before it (the CLI, the import preview).

## Any field
error-empty = Fill this in.
error-too-long = Longer than { $max } characters.
error-more-than = More than { $max }.
error-more-than-percent = More than { $max } %.
error-negative = Cannot be negative.
error-not-in-range = “{ $value }” is not a number from { $min } to { $max }.
error-not-one-of = “{ $value }” is not one of: { $choices }.
error-not-whole-number = “{ $value }” is not a whole number.
error-not-yes-no = “{ $value }” is not yes or no.
error-not-text = Not readable text (does the file change encoding?).

## Customers
error-no-name = Give a name: a first name, a last name or a company.
error-not-an-email = “{ $value }” is not an e-mail address.
error-not-a-phone = “{ $value }” is not a phone number.
error-phone-not-in-use = “{ $value }” is not a phone number: its number of digits or its prefix does not exist in { $country }.
error-not-a-country = “{ $value }” is not a country: write its two-letter code (FR, BE, NL, GB, TH…).
error-not-a-language = “{ $value }” is not French, Dutch, English or Thai.
error-in-the-future = { $value } is in the future.
error-refer-self = A customer cannot refer themselves.
error-no-such-customer = Customer no. { $id } does not exist.
error-no-such-household = Household no. { $id } does not exist.
error-household-no-name = Give the household a name.
error-household-self = Choose another customer to live with.
error-customer-erased = Customer no. { $id } was erased: their record cannot change.
error-same-customer = A customer is always the same person as themselves.

## Dates
error-no-such-month = There is no month { $month }.
error-not-a-day = { $value } is not a day of the calendar.
error-too-far-back = The year { $year } is too far back.
error-not-iso-birthday = “{ $value }” is not a date: write YYYY-MM-DD, or --MM-DD without the year.
error-not-a-birthday = “{ $value }” is not a birthday (write it like 14/07/1985, or 14/07 without the year).
error-no-year = “{ $value }” has no year.
error-not-a-time = “{ $value }” is not a time (write it like 14:30).
error-not-a-date = “{ $value }” is not a date (write it like 14/07/2024).
error-not-a-date-time = “{ $value }” is not a date and time.
error-not-a-month = “{ $value }” is not a month (YYYY-MM).
error-not-a-week = “{ $value }” is not a week (YYYY-Www, such as 2026-W11).
error-end-before-start = The last day is before the first.
error-period-too-long = A period covers at most a year.
error-due-before-interaction = The due date is before the interaction itself.

## Money and purchases
error-not-an-amount = “{ $value }” is not an amount (write it like 12.50 or 12,50).
error-too-precise = “{ $value }” has more decimals than the currency allows.
error-too-large = “{ $value }” is too large.
error-not-a-currency = “{ $value }” is not a currency code such as EUR or THB.
error-amount-zero = The amount is zero.
error-refund-not-negative = A refund is a negative amount.
error-margin-other-currency = The margin must be in the purchase's currency.
error-refund-stays-linked = A refund stays linked to the purchase it refunds: delete it and record a new one.
error-less-than-refunded = { $refunded } of this purchase was already refunded: the amount cannot be less.
error-has-refunds = Purchase no. { $id } has refunds pointing at it ({ $refunds }): delete those first.
error-no-such-purchase = Purchase no. { $id } does not exist.
error-refund-of-refund = Purchase no. { $id } is itself a refund.
error-refund-other-customer = Purchase no. { $id } belongs to another customer.
error-refund-currency = Must be in { $currency }, the currency of purchase no. { $id }.
error-refund-too-much = More than is left to refund of purchase no. { $id } ({ $left }).

## Interactions and reminders
error-no-summary = Say in a few words what happened.
error-no-resolution = Say how it was resolved.
error-no-title = Say what to do.
error-repeat-at-least-one = Repeat every 1 day or month at least.

## The shop and the file
error-logo-not-png = The logo is not a PNG image.
error-logo-too-large = The logo is larger than { $max } MB.
error-file-unreadable = The file cannot be read ({ $detail }).
error-choose-file-again = Choose the file again.
error-passphrase-empty = The passphrase cannot be empty.
error-passphrase-nul = The passphrase cannot contain a NUL character.
error-passphrase-missing = Give the current passphrase.
error-passphrase-wrong = This is not the current passphrase.
error-undo-expired = This can no longer be undone (an undo is kept { $minutes } minutes).
error-undo-changed-since = The merged customer was changed after the merge: it can no longer be undone.
error-undo-customer-number-taken = Customer number { $id } was given to someone else since: the merge can no longer be undone.
error-undo-purchase-number-taken = Purchase number { $id } was given to another sale since: it can no longer be put back.
error-generate-again = Generate the cards again, then record them.
error-newsletter-email-only = A newsletter export is of the customers who agree to e-mail only.

## A file coming in
error-file-empty = The file is empty.
error-no-header = The file has no header row.
error-no-name-column = No column holds a name, an e-mail, a phone or a reference (columns: { $headers }). Say which one does.
error-missing-column = The file needs a column for “{ $column }” (columns: { $headers }).
error-no-cards = The file has no vCard in it.
error-no-column-named = No column is named “{ $column }”.
error-no-column-number = There is no column { $n } (the file has { $count }).
error-names-no-column = “{ $value }” names no column.
error-not-a-mapping = “{ $value }” is not COLUMN=FIELD.
error-field-count = { $found } fields where { $expected } are expected (a missing or extra separator, or an unclosed quote?).
error-no-identity = Nothing identifies anyone: no name, company, e-mail, phone or reference.
error-not-a-sale = “{ $value }” is not a sale.
error-unknown-email = No customer has the e-mail { $value }.
error-unknown-phone = No customer has the phone number { $value }.
error-unknown-number = No customer has the number “{ $value }”.
error-card-not-closed = The vCard is not closed by END:VCARD.
error-card-unreadable = The vCard cannot be read.
error-read-error = Reading stopped: { $detail }.

## Kinds of error the app reports
error-kind-invalid = Some fields need correcting.
error-kind-not-found = { $what ->
    [customer] Customer no. { $id } does not exist (any more).
    [purchase] Purchase no. { $id } does not exist (any more).
    [interaction] This interaction does not exist (any more).
    [reminder] This reminder does not exist (any more).
   *[other] What you asked for does not exist (any more).
}
error-kind-conflict = { $reason ->
    [locked] This customer file is already open in another Fidèle window or program.
    [too-new] This customer file was written by a newer version of Fidèle: update Fidèle to open it. It was left untouched.
    [not-fidele] This is not a Fidèle customer file; it was left untouched.
    [corrupt] This customer file is damaged.
    [not-encrypted] This customer file is not protected by a passphrase.
    [not-empty] The customer file is not empty.
    [nobody] Nobody gets a card in this run.
   *[other] This cannot be done now.
}
error-kind-needs-passphrase = This customer file is protected by a passphrase: give it to open the file.
error-kind-wrong-passphrase = Wrong passphrase: the file was left untouched.
error-kind-read-only = Nothing was saved: this customer file is read-only (a write-protected file, folder or disk). Copy it to a folder you can write to in order to change it.
error-kind-disk-full = Nothing was saved: the disk is full. The customer file is whole; free some space and try again.
error-kind-busy = { $writer ->
    [import] The customer file is busy: an import is writing to it right now. Nothing was saved; try again once it has finished.
   *[other] The customer file is busy: another program is writing to it right now. Nothing was saved; try again in a moment.
}
error-kind-update = { $reason ->
    [unreachable] Could not reach the update server (no internet, or the server is down). Fidèle works as before; try again later.
    [unreadable] The update server's answer cannot be read: no update was offered.
    [bad-signature] This update was refused: its signature does not match Fidèle's. It may have been altered or does not come from Fidèle's makers. Nothing was installed and the customer file is untouched.
    [backup-failed] The update was not installed: the customer file could not be backed up first. Check the backup folder in Settings and try again.
    [install-failed] The update was not installed (the installation was cancelled or refused). Fidèle and the customer file are as they were.
   *[not-offered] There is no update to install any more: check again.
}
error-kind-storage = The customer file could not be read or written ({ $detail }).
error-kind-internal = Something went wrong inside Fidèle ({ $detail }).
