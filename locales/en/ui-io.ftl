# Imports and exports.
io-title = Import and export
io-auto = detected
io-tab = tab
io-none-rejected = No row refused.
io-rejected-title = Rows refused: { $n }
io-line = Line { $n }
io-more-rejected = … and { $n } more
io-separator = separator { $d }
io-column = Column in the file
io-field = Becomes
io-column-n = Column { $n }
io-encoding = Encoding
io-delimiter = Separator
io-new = New
io-updated = Updated
io-duplicates = Duplicates
io-rejected = Refused
io-mapping = Column mapping
io-rows-title = Row by row
io-action-new = new
io-action-update = update
io-action-duplicate = duplicate
io-match-email = same e-mail
io-match-phone = same phone
io-match-customer_number = same customer number
io-match-name_and_address = same name and address
io-row-adds = { $by } as { $name }: adds { $changes }
io-row-nothing-new = { $by } as { $name }, nothing new: skipped
io-row-same-as-line = { $by } as line { $line }: skipped
io-row-same-as-line-of = { $by } as line { $line } ({ $name }): skipped
io-change-salutation = salutation
io-change-first_name = first name
io-change-last_name = last name
io-change-company = company
io-change-email = e-mail { $arg0 }
io-change-phone = phone { $arg0 }
io-change-address = address
io-change-country = country
io-change-language = language ({ $arg0 })
io-change-birthday = birthday
io-change-birth_year = birth year
io-change-notes = notes
io-change-tag = tag { $arg0 }
io-change-consent_given = { $arg0 } consent given
io-change-consent_withdrawn = { $arg0 } consent withdrawn
io-change-customer_number = customer number { $arg0 }
io-import-customers = Import ({ $n })
io-cancel = Cancel
io-cancelled = Import cancelled: nothing was saved.
io-customers-done = Import done: { $new ->
        [one] { $new } new customer
       *[other] { $new } new customers
    }, { $updated } updated, { $duplicates ->
        [one] { $duplicates } duplicate
       *[other] { $duplicates } duplicates
    } skipped.
io-choose-file = Choose a file…
io-customers-title = Import customers
io-customers-help = An Excel or CSV sheet, an export from Google Contacts, Outlook, Square, Shopify, Lightspeed, Loyverse, WooCommerce or Odoo, or a phone's contacts (vCard). Nothing is saved before you click Import.
io-import-purchases = Import { $n ->
        [one] { $n } purchase
       *[other] { $n } purchases
    }
io-purchases-done = Import done: { $new ->
        [one] { $new } purchase
       *[other] { $new } purchases
    }, { $customers ->
        [one] { $customers } new customer
       *[other] { $customers } new customers
    }, { $duplicates } already there.
io-rows =
    { $n ->
        [one] { $n } row
       *[other] { $n } rows
    }
io-new-purchases = Purchases to import
io-new-customers = New customers
io-purchases-title = Import purchases
io-purchases-help = Your till's sales export: customer (e-mail, phone or number), date, amount, and if possible category and ticket number.
io-create-customers = Create unknown customers
io-consent-post = accepts post
io-consent-email = accepts e-mail
io-consent-phone = accepts calls
io-consent-sms = accepts SMS
io-anyone = everyone
io-labels-done =
    { $n ->
        [one] { $n } label
       *[other] { $n } labels
    } saved to { $file }.
io-export-done =
    { $n ->
        [one] { $n } customer
       *[other] { $n } customers
    } saved to { $file }.
io-format-csv = CSV
io-format-csv-excel = CSV for Excel
io-format-vcard = vCard
io-format-vcard3 = vCard 3.0 (older phones)
io-format-newsletter-mailchimp = For Mailchimp
io-format-newsletter-brevo = For Brevo
io-newsletter-help = For a newsletter: only the customers who agree to e-mail, with the columns the tool recognises by itself.
io-format-labels-l7160 = Avery L7160 labels (A4)
io-format-labels-5160 = Avery 5160 labels (Letter)
io-export-title = Export customers
io-search = Search
io-tag = Tag
io-consent = Consent
io-pfield-customer_ref = Customer
io-pfield-date = Date
io-pfield-time = Time
io-pfield-amount = Amount
io-pfield-category = Category
io-pfield-ticket = Ticket
io-pfield-item_count = Item count
io-pfield-customer = Customer (e-mail, phone or number)
io-pfield-email = Customer e-mail
io-pfield-phone = Customer phone
io-pfield-customer_number = Customer or card number
io-pfield-customer_name = Customer name
io-pfield-contact = Customer contacts
io-pfield-line_total = Line amount
io-pfield-unit_price = Unit price
io-pfield-quantity = Quantity
io-pfield-receipt = Receipt or order number
io-pfield-receipt_type = Type (sale, refund)
io-pfield-status = Payment status
io-pfield-refunded_amount = Refunded amount
io-pfield-refund_of = Receipt refunded
io-pfield-cost = Cost
io-pfield-margin = Margin
io-pfield-ignore = — ignore —
io-till-generic = Spreadsheet or till
io-till-shopify = Shopify
io-till-lightspeed = Lightspeed Retail
io-till-loyverse = Loyverse
io-till-sumup = SumUp
io-till-zettle = Zettle
io-till-woocommerce = WooCommerce
io-receipts =
    { $n ->
        [one] { $n } receipt
       *[other] { $n } receipts
    }
io-anonymous = Anonymous sales (skipped)
io-anonymous-done = { $n } anonymous sales skipped.
io-sale-warnings = Warnings
io-sale-warnings-title = { $n } values left out (the sale still comes in)
io-mapping-remembered = Columns read as you chose them last time for this file.
io-missing-column = No column gives the { $field }: choose it below.
io-stage = Loyalty stage
io-segment = RFM segment
io-labels-help = Labels only go to customers who accept post and have a complete address.
io-household = One label per household
io-field-salutation = Title
io-field-first_name = First name
io-field-last_name = Last name
io-field-full_name = Full name
io-field-company = Company
io-field-email = E-mail
io-field-phone = Phone
io-field-mobile = Mobile
io-field-address_line1 = Address
io-field-address_line2 = Address line 2
io-field-postal_code = Postal code
io-field-city = City
io-field-country = Country
io-field-language = Language
io-field-birthday = Birthday
io-field-notes = Notes
io-field-tags = Tags
io-field-external_ref = Customer number
io-field-consent_post = Post consent
io-field-consent_email = E-mail consent
io-field-consent_phone = Phone consent
io-field-consent_sms = SMS consent
io-field-name_particle = Name particle (van, de…)
io-field-middle_name = Middle name
io-field-house_number = House number
io-field-house_number_addition = Box / number addition
io-field-region = Region / state
io-field-formatted_address = Whole address (several lines)
io-field-is_company = Is a company (yes/no)
io-warnings-title = Values that cannot be read, left out: { $n }
io-warnings-help = These customers are imported without these values (a phone is kept as typed). Correct a value to take it in.
io-no-warnings = Every value was read.
io-warning-column = column "{ $column }"
io-correct = Correct
io-corrected-value = Corrected value
io-remembered = Columns read as you corrected them for this file.
io-warnings = Values left out
io-customers-done-all = Import done: { $new } new customers, { $updated } updated, { $duplicates } duplicates skipped, { $rejected } rows refused, { $warnings } values left out.
io-field-ignore = — ignore —
