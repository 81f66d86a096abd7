# Lonen de kaarten? Elke verzending gemeten tegen haar controlegroep (fidele campaigns, het
# scherm Campagnes, de samenvatting van een verzending, de tijdlijn).

campaigns-timeline-held-out = Geen kaart deze maand: controlegroep
campaigns-held-out-summary = { $n ->
    [one] { $n } klant achtergehouden ({ $percent } %): deze keer geen kaart, de controlegroep
   *[other] { $n } klanten achtergehouden ({ $percent } %): deze keer geen kaart, de controlegroep
}
campaigns-none = Nog geen verzending met een controlegroep. Registreer de kaarten van een maand met een controlegroep en kom 30 dagen later terug.
campaigns-verdict-effect = { $direction ->
    [fewer] De kaarten van { $month } brachten ongeveer { $per100 } klanten per 100 minder terug (tussen { $low } en { $high }): { $margin } marge, voor { $cost } aan kaarten
   *[more] De kaarten van { $month } brachten ongeveer { $per100 } klanten per 100 meer terug (tussen { $low } en { $high }): { $margin } marge, voor { $cost } aan kaarten
}
campaigns-verdict-too-early = Te vroeg om iets te zeggen over de kaarten van { $month }
campaigns-verdict-no-effect = De kaarten van { $month } maakten geen meetbaar verschil: klanten zonder kaart kwamen even vaak terug
campaigns-pool-effect = { $direction ->
    [fewer] ongeveer { $per100 } minder per 100 (tussen { $low } en { $high })
   *[more] ongeveer { $per100 } meer per 100 (tussen { $low } en { $high })
}
campaigns-pool-too-early = te vroeg om iets te zeggen
campaigns-pool-no-effect = geen meetbaar effect
campaigns-method-welch = Interval van Welch: elke groep telde minstens { $min } klanten die terugkwamen en { $min } die niet terugkwamen
campaigns-method-bootstrap = Bootstrap-interval: een groep had maar { $smallest } van de minstens { $min } gevallen die de benadering van Welch nodig heeft
campaigns-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
campaigns-months = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
campaigns-window-open = (nog niet voorbij)
campaigns-col-run = Verzending
campaigns-col-window = Na
campaigns-col-recipients = Ontvangers
campaigns-col-held-out = Controlegroep
campaigns-col-came-back = Teruggekomen
campaigns-col-revenue = Omzet per klant
campaigns-col-margin = Marge per klant
campaigns-col-redeemed = Codes gebruikt
campaigns-col-difference = Verschil (95 %)
campaigns-by-design = Per kaart
campaigns-by-stage = Per loyaliteitstrede
campaigns-by-offer = Per kortingsgrootte
campaigns-offer-none = geen aanbod
campaigns-offer-percent = { $percent } % korting
campaigns-long-view = Op lange termijn
campaigns-long-view-line = Na { $months ->
    [one] { $months } maand
   *[other] { $months } maanden
}: { $every } van de klanten die elke kaart kregen koopt nog, tegen { $once } van wie minstens één keer werd achtergehouden
campaigns-long-view-early = Na { $months ->
    [one] { $months } maand
   *[other] { $months } maanden
}: te vroeg (geen klant wordt al zo lang gevolgd)
campaigns-card-cost = Kosten per kaart: { $cost }
