# Het toonbankscherm, de klantenkaart op de klantpagina, de spaarregels in Instellingen.
member-number = Kaartnr. { $number }
member-reissue = Kaart kwijt: nieuw nummer
member-reissue-title = { $name } een nieuw kaartnummer geven?
member-reissue-what = Kaart nr. { $number } wordt stopgezet: wie hem scant, krijgt dat te zien, met de naam van deze klant. De punten blijven bij de klant.
member-reissue-confirm = Stopzetten en een nieuw nummer geven
member-reissue-cancel = Dit nummer houden
member-reissued = Nieuwe kaart nr. { $number }; de oude is stopgezet.
