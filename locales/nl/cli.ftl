# De woorden van het commando `fidele`: wat het voor mensen schrijft (--json blijft gegevens;
# de hulp van clap blijft Engels).

## Getelde zelfstandige naamwoorden

cli-count-customer = { $n ->
    [one] { $n } klant
   *[other] { $n } klanten
}
cli-count-gold-customer = { $n ->
    [one] { $n } topklant
   *[other] { $n } topklanten
}
cli-count-household = { $n ->
    [one] { $n } huishouden
   *[other] { $n } huishoudens
}
cli-count-purchase = { $n ->
    [one] { $n } aankoop
   *[other] { $n } aankopen
}
cli-count-interaction = { $n ->
    [one] { $n } contactmoment
   *[other] { $n } contactmomenten
}
cli-count-consent-event = { $n ->
    [one] { $n } toestemming
   *[other] { $n } toestemmingen
}
cli-count-reminder = { $n ->
    [one] { $n } herinnering
   *[other] { $n } herinneringen
}
cli-count-referral = { $n ->
    [one] { $n } doorverwijzing
   *[other] { $n } doorverwijzingen
}
cli-count-card = { $n ->
    [one] { $n } kaart
   *[other] { $n } kaarten
}
cli-count-new-card = { $n ->
    [one] { $n } nieuwe kaart
   *[other] { $n } nieuwe kaarten
}
cli-count-page = { $n ->
    [one] { $n } pagina
   *[other] { $n } pagina's
}
cli-count-receipt = { $n ->
    [one] { $n } kassabon
   *[other] { $n } kassabonnen
}
cli-count-second = { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
}
cli-milliseconds = { $n } ms

## Het klantenbestand

cli-init-ready = { $path } is klaar (schemaversie { $version })
cli-init-exists = { $path } bestaat al; er is niets veranderd
cli-missing-file = { $path } bestaat niet: maak het aan met `fidele init` (of noem een ander bestand met --db of FIDELE_DB); er is niets aangemaakt
cli-no-such-file = { $path } bestaat niet
cli-demo-not-empty = { $path } heeft al klanten; de demowinkel komt in een leeg bestand (of voeg --force toe)
cli-demo-done = demowinkel: { $customers }, { $households }, { $purchases }, { $interactions }
cli-lang-unknown = --lang: „{ $value }” is geen taal die Fidèle spreekt; gebruik fr, nl, en of th

## Een bezet klantenbestand

cli-busy-the-file = het klantenbestand
cli-busy-cause = { $writer ->
    [import] een andere import schrijft in dit bestand
    [app] de Fidèle-app schrijft in dit bestand
   *[other] een ander programma schrijft in dit bestand
}
cli-busy-advice = { $writer ->
    [import] voer het commando opnieuw uit zodra de import klaar is
    [app] voer het commando zo meteen opnieuw uit, of sluit eerst de Fidèle-app
   *[other] voer het commando zo meteen opnieuw uit
}
cli-busy-waiting = { $path } is bezet: { $cause }; even wachten (hoogstens { $limit })...
cli-busy-failed = { $path } is bezet: { $cause }; { $limit } gewacht en niets geschreven: { $advice } (FIDELE_BUSY_WAIT_MS stelt de wachttijd in)

## Lijsten

cli-page-hint = ({ $shown } van { $total } getoond; --limit en --offset bladeren, --all toont ze allemaal)

## Importeren

cli-separator-tab = tab
cli-import-file = { $path }: { $format }, { $encoding }
cli-import-file-separator = { $path }: { $format }, { $encoding }, scheidingsteken { $separator }
cli-import-till = { $path }: export van { $till }, { $encoding }, scheidingsteken { $separator }
cli-import-columns = kolommen: { $columns }
cli-import-columns-remembered = kolommen (zoals onthouden voor deze koppen): { $columns }
cli-import-customers-summary = { $new ->
    [one] { $new } nieuwe klant
   *[other] { $new } nieuwe klanten
}, { $updated } bijgewerkt, { $duplicates } dubbel, { $rejected } geweigerd, { $warnings ->
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}
cli-import-action = { $action ->
    [new] nieuw
    [update] bijwerken
    [duplicate] dubbel
   *[other] { $action }
}
cli-import-row = regel { $line }: { $action } { $name }
cli-import-row-why = regel { $line }: { $action } { $name }: { $why }
cli-import-rejected = regel { $line }: geweigerd: { $reason }
cli-import-warning = regel { $line }: waarschuwing: kolom „{ $column }”: { $text } ({ $field ->
    [phone] bewaard zoals getypt
   *[other] weggelaten
})
cli-import-purchases-summary = { $imported ->
    [one] { $imported } aankoop
   *[other] { $imported } aankopen
} { $dry ->
    [yes] te importeren
   *[no] geïmporteerd
} ({ $refunds ->
    [one] { $refunds } terugbetaling
   *[other] { $refunds } terugbetalingen
}, { $linked } gekoppeld aan hun verkoop), { $duplicates } al aanwezig (overgeslagen), { $newCustomers ->
    [one] { $newCustomers } nieuwe klant
   *[other] { $newCustomers } nieuwe klanten
}, { $anonymous ->
    [one] { $anonymous } anonieme verkoop
   *[other] { $anonymous } anonieme verkopen
} overgeslagen, { $rejected } geweigerd, { $warnings ->
    [one] { $warnings } waarschuwing
   *[other] { $warnings } waarschuwingen
}
cli-import-more-rejected = ... en nog { $n } geweigerd
cli-import-purchase-warning = regel { $line }: waarschuwing: { $text } (weggelaten)
cli-import-more-warnings = ... en nog { $n ->
    [one] { $n } waarschuwing
   *[other] { $n } waarschuwingen
}
cli-dry-run = proefdraaien: er is niets geschreven
cli-one-transaction = in één transactie geschreven

## Exporteren

cli-export-written = { $what ->
    [labels] { $n ->
        [one] { $n } etiket
       *[other] { $n } etiketten
    }
   *[customers] { $n ->
        [one] { $n } klant
       *[other] { $n } klanten
    }
} geschreven naar { $path }

## Kaarten en het opvolgblad

cli-cards-none-untouched = geen kaart te drukken voor { $period }; { $path } is niet aangeraakt
cli-cards-written = { $path }: { $cards } op { $pages } voor { $customers }
cli-cards-none = geen kaart te drukken voor { $period }
cli-cards-skipped = { $n } overgeslagen: { $reasons }
cli-cards-skip-reason = { $n } { $reason ->
    [no_post_consent] zonder toestemming voor post
    [no_address] zonder adres
    [archived] gearchiveerd
    [erased] gewist
    [same_design_as_last] die dit ontwerp al kregen
   *[other] { $reason }
}
cli-cards-labels = { $path }: de bijbehorende adresetiketten
cli-cards-recorded = vastgelegd als verzending { $run }: { $cards }, „kaart verstuurd” voor { $customers }
cli-cards-nothing-new = niets nieuws vast te leggen: iedereen was al vastgelegd voor { $period }
cli-cards-not-recorded = niet vastgelegd ({ $newCards }): voeg --record toe zodra ze gepost zijn
cli-sheet-written = { $path }: het opvolgblad van week { $week }, { $monday } tot { $sunday } ({ $customers } te contacteren)
cli-sheet-count = { $customers } te contacteren in week { $week }, { $monday } tot { $sunday }
cli-sheet-drifting-left-out = waardevolle klanten die wegdrijven zijn weggelaten: { $why }

## Back-ups en controles

cli-backed-up = back-up gemaakt in { $path }
cli-restored = { $db } teruggezet uit { $backup }; het vorige bestand is bewaard als { $kept }
cli-file-whole = het klantenbestand is heel
cli-problems-found = { $n ->
    [one] { $n } probleem gevonden
   *[other] { $n } problemen gevonden
}

## De wachtzin

cli-passphrase-question = { $path } is beveiligd met een wachtzin: { $what ->
    [backup] geef de wachtzin van de back-up
   *[file] geef hem
}
cli-passphrase-new = Nieuwe wachtzin
cli-passphrase-again = Nieuwe wachtzin nogmaals
cli-passphrase-current = Huidige wachtzin
cli-passphrase-no-terminal = { $question }: stel { $var } in (geen terminal om het te vragen)
cli-passphrase-differ = de twee wachtzinnen verschillen; er is niets veranderd
cli-passphrase-not-utf8 = { $var } is geen geldige UTF-8
cli-passphrase-unreadable = kon de wachtzin niet lezen: { $error }
cli-passphrase-no-file = { $path } bestaat niet (maak het aan met `fidele init`)
cli-passphrase-already = { $path } heeft al een wachtzin: gebruik `fidele passphrase change`
cli-passphrase-set = { $path } is nu versleuteld; bewaar de wachtzin goed: zonder hem kan het bestand niet geopend worden
cli-passphrase-none-use-set = { $path } heeft geen wachtzin: gebruik `fidele passphrase set`
cli-passphrase-none = { $path } heeft geen wachtzin
cli-passphrase-changed = de wachtzin van { $path } is gewijzigd
cli-passphrase-removed = { $path } is niet meer versleuteld

## Klanten, aankopen, samenvoegen

cli-show-company = bedrijf
cli-show-email = e-mail
cli-show-phone = telefoon
cli-show-address = adres
cli-show-birthday = verjaardag
cli-show-household = huishouden
cli-show-referred-by = aangebracht door
cli-show-consents = toestemmingen
cli-show-tags = labels
cli-show-preferences = voorkeuren
cli-show-notes = notities
cli-show-purchases = aankopen
cli-show-purchases-total = { $purchases } voor { $total }
cli-refund-of = terugbetaling van #{ $id }
cli-undo-hint = om het ongedaan te maken vóór { $time }: fidele undo { $ticket }
cli-purchase-deleted = aankoop #{ $id } verwijderd; { $undo }
cli-merged = #{ $removed } samengevoegd met #{ $kept }: { $purchases }, { $interactions }, { $consents }, { $reminders }, { $referrals } verplaatst; { $undo }
cli-merge-undone = samenvoegen ongedaan gemaakt: klanten #{ $kept } en #{ $other } zijn terug zoals ze waren
cli-purchase-back = aankoop #{ $id } is terug
cli-not-duplicates = #{ $a } en #{ $b } zijn twee mensen: ze staan niet langer bij de waarschijnlijke dubbele
cli-erase-confirm = een klant wissen is definitief (de wet wil het zo) en kan niet ongedaan gemaakt worden: voeg --yes toe
cli-erased = klant #{ $id } gewist: persoonsgegevens verwijderd; { $n ->
    [one] { $n } aankoop blijft
   *[other] { $n } aankopen blijven
} anoniem in de cijfers van de winkel
cli-timeline-purchase = aankoop
cli-timeline-consent = toestemming
cli-timeline-granted = gegeven
cli-timeline-withdrawn = ingetrokken
cli-timeline-card = kaart
cli-timeline-resolved = opgelost
cli-timeline-ladder = loyaliteitsladder
cli-timeline-ladder-new = (nieuw)
cli-timeline-by-hand = (met de hand)

## Wie telt (fidele analyze)

cli-analyze-as-of = Op { $date }: { $customers }, van wie { $buyers ->
    [one] { $buyers } koper
   *[other] { $buyers } kopers
}.
cli-analyze-ladder = Loyaliteitsladder:
cli-analyze-pareto = 80/20: { $gold } ({ $share }% van de kopers) { $n ->
    [one] brengt
   *[other] brengen
} { $margin }% van de marge.
cli-analyze-segments = RFM-segmenten:
cli-analyze-bgnbd = BG/NBD (per week): r={ $r } alpha={ $alpha } a={ $a } b={ $b } (log-aannemelijkheid { $ll })
cli-analyze-no-model = Geen levensduurmodel: { $why }; de cijfers hieronder zijn historisch.
cli-analyze-gamma = Gamma-Gamma: p={ $p } q={ $q } gamma={ $gamma }
cli-analyze-drifting = Wegdrijvend:

## Gebruiksfouten die het commando zelf vindt (die van het domein hebben hun eigen foutmeldingen)

cli-not-a-date = --{ $field }: „{ $value }” is geen datum (JJJJ-MM-DD)
cli-not-a-separator = --delimiter: „{ $value }” is geen scheidingsteken; gebruik auto, „;”, „,” of tab
cli-not-an-encoding = --encoding: „{ $value }” is geen codering; gebruik auto, utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 of windows-874
cli-not-one-of = --{ $field }: „{ $value }” is niet een van { $choices }
cli-newsletter-email-only = --consent: een nieuwsbriefexport bevat alleen klanten die met e-mail instemmen
cli-household-labels-only = --household: alleen etiketten worden per huishouden geadresseerd
cli-could-not-write = kon { $path } niet schrijven: { $error }
cli-could-not-write-output = kon de uitvoer niet schrijven: { $error }

## $env: the environment variable that holds the passphrase.
cli-passphrase-hint = (zet { $env } of start de opdracht in een terminal)
