# The `fidele` command's words: what it prints for people (--json is data and stays as it is;
# clap's --help stays English). Counts are selectors on $n, so "1 customer", "2 customers".

## Counted nouns

cli-count-customer = { $n ->
    [one] { $n } customer
   *[other] { $n } customers
}
cli-count-gold-customer = { $n ->
    [one] { $n } gold customer
   *[other] { $n } gold customers
}
cli-count-household = { $n ->
    [one] { $n } household
   *[other] { $n } households
}
cli-count-purchase = { $n ->
    [one] { $n } purchase
   *[other] { $n } purchases
}
cli-count-interaction = { $n ->
    [one] { $n } interaction
   *[other] { $n } interactions
}
cli-count-consent-event = { $n ->
    [one] { $n } consent event
   *[other] { $n } consent events
}
cli-count-reminder = { $n ->
    [one] { $n } reminder
   *[other] { $n } reminders
}
cli-count-referral = { $n ->
    [one] { $n } referral
   *[other] { $n } referrals
}
cli-count-card = { $n ->
    [one] { $n } card
   *[other] { $n } cards
}
cli-count-new-card = { $n ->
    [one] { $n } new card
   *[other] { $n } new cards
}
cli-count-page = { $n ->
    [one] { $n } page
   *[other] { $n } pages
}
cli-count-receipt = { $n ->
    [one] { $n } receipt
   *[other] { $n } receipts
}
cli-count-second = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
cli-milliseconds = { $n } ms

## The customer file

cli-init-ready = { $path } is ready (schema version { $version })
cli-init-exists = { $path } already exists; nothing was changed
cli-missing-file = { $path } does not exist: create it with `fidele init` (or name another file with --db or FIDELE_DB); nothing was created
cli-no-such-file = { $path } does not exist
cli-demo-not-empty = { $path } already has customers; the demo shop goes into an empty file (or add --force)
cli-demo-done = demo shop: { $customers }, { $households }, { $purchases }, { $interactions }
cli-lang-unknown = --lang: “{ $value }” is not a language Fidèle speaks; use fr, nl, en or th

## A busy customer file

cli-busy-the-file = the customer file
cli-busy-cause = { $writer ->
    [import] another import is writing to this file
    [app] the Fidèle app is writing to this file
   *[other] another program is writing to this file
}
cli-busy-advice = { $writer ->
    [import] run the command again once the import has finished
    [app] run the command again in a moment, or close the Fidèle app first
   *[other] run the command again in a moment
}
cli-busy-waiting = { $path } is busy: { $cause }; waiting for it (up to { $limit })...
cli-busy-failed = { $path } is busy: { $cause }; waited { $limit } and wrote nothing: { $advice } (FIDELE_BUSY_WAIT_MS sets the wait)

## Lists

cli-page-hint = ({ $shown } of { $total } shown; --limit and --offset page through, --all shows every one)

## Imports

cli-separator-tab = tab
cli-import-file = { $path }: { $format }, { $encoding }
cli-import-file-separator = { $path }: { $format }, { $encoding }, separator { $separator }
cli-import-till = { $path }: { $till } export, { $encoding }, separator { $separator }
cli-import-columns = columns: { $columns }
cli-import-columns-remembered = columns (as remembered for these headers): { $columns }
cli-import-customers-summary = { $new } new, { $updated } updated, { $duplicates ->
    [one] { $duplicates } duplicate
   *[other] { $duplicates } duplicates
}, { $rejected } rejected, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-import-action = { $action ->
    [new] new
    [update] update
    [duplicate] duplicate
   *[other] { $action }
}
cli-import-row = line { $line }: { $action } { $name }
cli-import-row-why = line { $line }: { $action } { $name }: { $why }
cli-import-rejected = line { $line }: rejected: { $reason }
cli-import-warning = line { $line }: warning: column "{ $column }": { $text } ({ $field ->
    [phone] kept as typed
   *[other] left out
})
cli-import-purchases-summary = { $imported ->
    [one] { $imported } purchase
   *[other] { $imported } purchases
} { $dry ->
    [yes] to import
   *[no] imported
} ({ $refunds ->
    [one] { $refunds } refund
   *[other] { $refunds } refunds
}, { $linked } linked to their sale), { $duplicates } already there (skipped), { $newCustomers ->
    [one] { $newCustomers } new customer
   *[other] { $newCustomers } new customers
}, { $anonymous ->
    [one] { $anonymous } anonymous sale
   *[other] { $anonymous } anonymous sales
} skipped, { $rejected } rejected, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-import-more-rejected = ... and { $n } more rejected
cli-import-purchase-warning = line { $line }: warning: { $text } (left out)
cli-import-more-warnings = ... and { $n } more warnings
cli-dry-run = dry run: nothing was written
cli-one-transaction = written in one transaction

## Exports

cli-export-written = { $what ->
    [labels] { $n ->
        [one] { $n } label
       *[other] { $n } labels
    }
   *[customers] { $n ->
        [one] { $n } customer
       *[other] { $n } customers
    }
} written to { $path }

## Cards and the follow-up sheet

cli-cards-none-untouched = no card to print for { $period }; { $path } left untouched
cli-cards-written = { $path }: { $cards } on { $pages } for { $customers }
cli-cards-none = no card to print for { $period }
cli-cards-skipped = skipped { $n }: { $reasons }
cli-cards-skip-reason = { $n } { $reason ->
    [no_post_consent] without consent to post
    [no_address] without an address
    [archived] archived
    [erased] erased
    [same_design_as_last] already sent this design
   *[other] { $reason }
}
cli-cards-labels = { $path }: the matching address labels
cli-cards-recorded = recorded as run { $run }: { $cards }, “card sent” for { $customers }
cli-cards-nothing-new = nothing new to record: everyone was already recorded for { $period }
cli-cards-not-recorded = not recorded ({ $newCards }): add --record once they are posted
cli-sheet-written = { $path }: the follow-up sheet of week { $week }, { $monday } to { $sunday } ({ $customers } to contact)
cli-sheet-count = { $customers } to contact in week { $week }, { $monday } to { $sunday }
cli-sheet-drifting-left-out = valuable customers drifting away were left out: { $why }

## Backups and checks

cli-backed-up = backed up to { $path }
cli-restored = restored { $db } from { $backup }; the previous file is kept as { $kept }
cli-file-whole = the customer file is whole
cli-problems-found = { $n ->
    [one] { $n } problem found
   *[other] { $n } problems found
}

## The passphrase

cli-passphrase-question = { $path } is protected by a passphrase: { $what ->
    [backup] give the backup's passphrase
   *[file] give it
}
cli-passphrase-new = New passphrase
cli-passphrase-again = New passphrase again
cli-passphrase-current = Current passphrase
cli-passphrase-no-terminal = { $question }: set { $var } (no terminal to ask on)
cli-passphrase-differ = the two passphrases differ; nothing was changed
cli-passphrase-not-utf8 = { $var } is not valid UTF-8
cli-passphrase-unreadable = could not read the passphrase: { $error }
cli-passphrase-no-file = { $path } does not exist (create it with `fidele init`)
cli-passphrase-already = { $path } already has a passphrase: use `fidele passphrase change`
cli-passphrase-set = { $path } is now encrypted; keep the passphrase safe: without it the file cannot be opened
cli-passphrase-none-use-set = { $path } has no passphrase: use `fidele passphrase set`
cli-passphrase-none = { $path } has no passphrase
cli-passphrase-changed = the passphrase of { $path } is changed
cli-passphrase-removed = { $path } is no longer encrypted

## Customers, purchases, merges

cli-show-company = company
cli-show-email = e-mail
cli-show-phone = phone
cli-show-address = address
cli-show-birthday = birthday
cli-show-household = household
cli-show-referred-by = referred by
cli-show-consents = consents
cli-show-tags = tags
cli-show-preferences = preferences
cli-show-notes = notes
cli-show-purchases = purchases
cli-show-purchases-total = { $purchases } for { $total }
cli-refund-of = refund of #{ $id }
cli-undo-hint = to take it back before { $time }: fidele undo { $ticket }
cli-purchase-deleted = deleted purchase #{ $id }; { $undo }
cli-merged = merged #{ $removed } into #{ $kept }: { $purchases }, { $interactions }, { $consents }, { $reminders }, { $referrals } moved; { $undo }
cli-merge-undone = merge undone: customers #{ $kept } and #{ $other } are back as they were
cli-purchase-back = purchase #{ $id } is back
cli-not-duplicates = #{ $a } and #{ $b } are two people: no longer listed as probable duplicates
cli-erase-confirm = erasing a customer is final (the law wants it so) and cannot be undone: add --yes
cli-erased = erased customer #{ $id }: personal data removed; { $n ->
    [one] { $n } purchase
   *[other] { $n } purchases
} kept anonymously in the shop's figures
cli-timeline-purchase = purchase
cli-timeline-consent = consent
cli-timeline-granted = granted
cli-timeline-withdrawn = withdrawn
cli-timeline-card = card
cli-timeline-resolved = resolved
cli-timeline-ladder = ladder
cli-timeline-ladder-new = (new)
cli-timeline-by-hand = (set by hand)

## Who matters (fidele analyze)

cli-analyze-as-of = As of { $date }: { $customers }, { $buyers ->
    [one] { $buyers } of them a buyer
   *[other] { $buyers } of them buyers
}.
cli-analyze-ladder = Loyalty ladder:
cli-analyze-pareto = 80/20: { $gold } ({ $share }% of buyers) { $n ->
    [one] brings
   *[other] bring
} { $margin }% of the margin.
cli-analyze-segments = RFM segments:
cli-analyze-bgnbd = BG/NBD (per week): r={ $r } alpha={ $alpha } a={ $a } b={ $b } (log-likelihood { $ll })
cli-analyze-no-model = No lifetime model: { $why }; figures below are historic.
cli-analyze-gamma = Gamma-Gamma: p={ $p } q={ $q } gamma={ $gamma }
cli-analyze-drifting = Drifting away:

## Usage mistakes the CLI finds itself (the domain's are worded by the errors' messages)

cli-not-a-date = --{ $field }: "{ $value }" is not a date (YYYY-MM-DD)
cli-not-a-separator = --delimiter: "{ $value }" is not a separator; use auto, ";", "," or tab
cli-not-an-encoding = --encoding: "{ $value }" is not an encoding; use auto, utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 or windows-874
cli-not-one-of = --{ $field }: "{ $value }" is not one of { $choices }
cli-newsletter-email-only = --consent: a newsletter export is of the customers who consent to e-mail only
cli-household-labels-only = --household: only labels are addressed per household
cli-could-not-write = could not write { $path }: { $error }
cli-could-not-write-output = could not write the output: { $error }

## $env: the environment variable that holds the passphrase.
cli-passphrase-hint = (set { $env } or run in a terminal)
