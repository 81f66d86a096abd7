# Waarom een waardevolle klant lijkt weg te drijven: hoe vaak hij kwam en wanneer hij het laatst
# kwam ($everyUnit en $agoUnit: day, week, month, year; $agoUnit is "today" als hij vandaag kwam).

drift-reason = kwam { $everyUnit ->
    [day] { $everyN ->
        [one] elke dag
       *[other] elke { $everyN } dagen
    }
    [week] { $everyN ->
        [one] elke week
       *[other] elke { $everyN } weken
    }
    [month] { $everyN ->
        [one] elke maand
       *[other] elke { $everyN } maanden
    }
   *[year] { $everyN ->
        [one] elk jaar
       *[other] elke { $everyN } jaar
    }
}; laatste bezoek { $agoUnit ->
    [today] vandaag
    [day] { $agoN ->
        [one] { $agoN } dag geleden
       *[other] { $agoN } dagen geleden
    }
    [week] { $agoN ->
        [one] { $agoN } week geleden
       *[other] { $agoN } weken geleden
    }
    [month] { $agoN ->
        [one] { $agoN } maand geleden
       *[other] { $agoN } maanden geleden
    }
   *[year] { $agoN } jaar geleden
}
