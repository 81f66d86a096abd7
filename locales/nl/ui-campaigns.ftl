# Het scherm Campagnes, de controlegroep van een verzending, "altijd sturen", de kosten van een kaart.
nav-campaigns = Campagnes
ui-campaigns-title = Lonen de kaarten?
ui-campaigns-intro = De kaarten van elke maand, gemeten tegen de achtergehouden klanten, die er geen kregen.
ui-campaigns-holdout = Controlegroep (%)
ui-campaigns-recorded-held-out = { $n ->
    [one] { $n } klant achtergehouden.
   *[other] { $n } klanten achtergehouden.
}
ui-campaigns-runs = Verzendingen
ui-campaigns-run-month = Kaarten
ui-campaigns-share = { $returned } van { $customers }
ui-campaigns-points = { $estimate } punten ({ $low } tot { $high })
ui-campaigns-curve = Teruggekomen sinds de kaarten: ontvangers tegen controlegroep
ui-campaigns-curve-label = { $month }: { $recipients } van de ontvangers en { $heldout } van de controlegroep kwamen binnen { $days } dagen terug
ui-campaigns-uplift = Effect per verzending, met het 95 %-interval (punten)
ui-campaigns-uplift-label = Effect per verzending in punten, van { $first } tot { $last }
ui-campaigns-recipients = Ontvangers
ui-campaigns-held-out = Controlegroep
ui-campaigns-day = Dag { $n }
ui-campaigns-always-send = Altijd kaarten sturen (nooit in een controlegroep)
ui-campaigns-card-cost = Kosten van één kaart (kaart, drukwerk, porto)
ui-campaigns-card-cost-saved = Bewaard.
ui-campaigns-card-cost-save = Kosten bewaren
