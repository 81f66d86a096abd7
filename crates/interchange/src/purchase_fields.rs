//! Which column of a till export holds what: the purchase fields, guessed from headers in
//! French, Dutch and English as tills and web shops write them, and the caller's corrections
//! (`--map COLUMN=FIELD`, the app's drop-downs, a remembered mapping).

use crate::headers::fold_header;
use crate::tills::Till;
use fidele_domain::{ErrorCode, Refusal};

/// What a column of a till export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PurchaseField {
    /// Who bought, as whatever the till keeps: an e-mail, a phone or a customer number.
    Customer,
    Email,
    Phone,
    /// A member, loyalty-card or customer number.
    CustomerNumber,
    /// The buyer's name: given to a customer the import adds.
    CustomerName,
    /// One or more contacts in one cell (Loyverse's "Customer contacts"): the e-mail if there
    /// is one, else the first.
    Contact,
    /// The date, with or without its time.
    Date,
    Time,
    /// The receipt's total: counted once per receipt, whatever the rows repeat.
    Amount,
    /// A line's amount: the lines of a receipt are added up when no total is given.
    LineTotal,
    /// A line's unit price, times its quantity.
    UnitPrice,
    Quantity,
    Category,
    /// The receipt or order number: rows in a row with the same one are one purchase.
    Receipt,
    /// Sale or refund ("Refund", "Remboursement", "Retour", "Terugbetaling").
    ReceiptType,
    /// A payment status: "refunded" makes the sale refunded.
    Status,
    /// How much of the sale was paid back (Shopify's "Refunded Amount").
    RefundedAmount,
    /// The receipt a refund pays back.
    RefundOf,
    /// What the goods cost the shop: the margin is the amount less this.
    Cost,
    Margin,
    Ignore,
}

impl PurchaseField {
    pub const ALL: [PurchaseField; 21] = {
        use PurchaseField::*;
        [
            Customer, Email, Phone, CustomerNumber, CustomerName, Contact, Date, Time, Amount, LineTotal,
            UnitPrice, Quantity, Category, Receipt, ReceiptType, Status, RefundedAmount, RefundOf, Cost,
            Margin, Ignore,
        ]
    };

    /// The stable name, as `--map COLUMN=FIELD` takes it and a remembered mapping keeps it.
    pub fn code(self) -> &'static str {
        use PurchaseField::*;
        match self {
            Customer => "customer",
            Email => "email",
            Phone => "phone",
            CustomerNumber => "customer_number",
            CustomerName => "customer_name",
            Contact => "contact",
            Date => "date",
            Time => "time",
            Amount => "amount",
            LineTotal => "line_total",
            UnitPrice => "unit_price",
            Quantity => "quantity",
            Category => "category",
            Receipt => "receipt",
            ReceiptType => "receipt_type",
            Status => "status",
            RefundedAmount => "refunded_amount",
            RefundOf => "refund_of",
            Cost => "cost",
            Margin => "margin",
            Ignore => "ignore",
        }
    }

    /// Reads a code, with dashes or underscores; `skip` is `ignore`, and the plain layout's
    /// names (`customer_ref`, `ticket`, `item_count`) are theirs.
    pub fn parse(code: &str) -> Option<PurchaseField> {
        let code = code.trim().to_ascii_lowercase().replace('-', "_");
        match code.as_str() {
            "" | "skip" => Some(PurchaseField::Ignore),
            "customer_ref" => Some(PurchaseField::Customer),
            "ticket" => Some(PurchaseField::Receipt),
            "item_count" => Some(PurchaseField::Quantity),
            _ => PurchaseField::ALL.into_iter().find(|f| f.code() == code),
        }
    }

    /// Whether the field names the buyer.
    pub fn is_customer(self) -> bool {
        use PurchaseField::*;
        matches!(self, Customer | Email | Phone | CustomerNumber | Contact)
    }
}

impl std::fmt::Display for PurchaseField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Folded header names per field, best first: when two columns could feed one field, the one
/// with the better name wins ("Total collected" over "Net sales"), then the first in the file.
const SYNONYMS: &[(PurchaseField, &[&[&str]])] = {
    use PurchaseField::*;
    &[
        (
            Customer,
            &[&[
                "customer ref", "customer", "client", "klant", "ref client", "reference client", "customer reference",
                "klantreferentie", "klant ref", "fidelite", "loyalty",
            ]],
        ),
        (
            CustomerNumber,
            &[&[
                "customer id", "id client", "numero client", "n client", "code client", "klantnummer", "client id",
                "carte", "carte fidelite", "card", "loyalty card", "card number", "klantenkaart", "member number",
                "member id", "membership number", "numero adherent", "n adherent", "lidnummer", "customer number",
                "customer code", "klantcode", "customer user", "customer user id",
            ]],
        ),
        (
            Email,
            &[&[
                "email", "e mail", "mail", "courriel", "customer email", "customer e mail", "email client",
                "e mail client", "client e mail", "client email", "billing email", "adresse e mail", "klant e mail",
                "e mailadres", "email address", "customer email address",
            ]],
        ),
        (
            Phone,
            &[&[
                "phone", "telephone", "tel", "gsm", "mobile", "portable", "telefoon", "customer phone",
                "billing phone", "telephone client", "client telephone", "telefoonnummer", "phone number",
            ]],
        ),
        (
            CustomerName,
            &[&[
                "customer name", "nom du client", "nom client", "client nom", "klantnaam", "naam klant",
                "billing name", "customer full name",
            ]],
        ),
        (Contact, &[&["customer contacts", "customer contact", "contact client", "klantcontact", "contact"]]),
        (
            Date,
            &[
                &[
                    "date", "datum", "date de vente", "sale date", "date vente", "verkoopdatum", "date heure",
                    "datetime", "date time", "timestamp", "created at", "date et heure", "datum tijd", "order date",
                    "date de commande", "besteldatum", "transaction date", "date de transaction",
                    "transactiedatum", "date created", "created",
                ],
                &["jour", "day", "paid at", "completed date", "date paid"],
            ],
        ),
        (Time, &[&["time", "heure", "tijd", "uur", "hour"]]),
        (
            Amount,
            &[
                &[
                    "total", "totaal", "montant ttc", "total ttc", "ttc", "total collected", "order total",
                    "order total amount", "total amount", "amount ttc", "total paid", "totaal incl btw",
                    "bedrag incl btw", "total incl tax", "total incl vat", "totaal bedrag", "montant total",
                ],
                &["amount", "montant", "bedrag", "sum", "somme", "net sales", "netto omzet", "ventes nettes"],
                &["gross sales", "ventes brutes", "bruto omzet", "subtotal", "sous total", "subtotaal"],
            ],
        ),
        (
            LineTotal,
            &[&[
                "line total", "item total", "total ligne", "montant ligne", "regeltotaal", "lineitem total",
                "item cost", "line amount",
            ]],
        ),
        (
            UnitPrice,
            &[&[
                "lineitem price", "item price", "unit price", "prix unitaire", "pu ttc", "stuksprijs",
                "eenheidsprijs", "price", "prix", "prijs",
            ]],
        ),
        (
            Quantity,
            &[&[
                "items", "item count", "quantity", "qty", "quantite", "qte", "nombre d articles", "articles",
                "aantal", "nb articles", "lineitem quantity", "quantity sold", "aantal artikelen",
                "number of items",
            ]],
        ),
        (
            Category,
            &[
                &["category", "categorie", "rayon", "famille", "department", "afdeling", "product category", "categories"],
                &["lineitem name", "product", "produit", "item name", "item", "article", "artikel", "description", "product name"],
            ],
        ),
        (
            Receipt,
            &[&[
                "ticket", "receipt", "ticket number", "n ticket", "numero ticket", "no ticket", "numero de ticket",
                "bon", "bonnummer", "kassabon", "receipt number", "receipt no", "transaction", "transaction id",
                "invoice", "facture", "invoice number", "numero de facture", "factuurnummer", "order number",
                "order", "order id", "numero de commande", "n commande", "commande", "bestelnummer",
                "ordernummer", "sale id", "sale", "transactie id", "kassaticket", "ticketnummer",
            ]],
        ),
        (
            ReceiptType,
            &[&[
                "receipt type", "type", "transaction type", "type de ticket", "type de transaction", "soort",
                "transactietype", "sale type", "type de vente",
            ]],
        ),
        (
            Status,
            &[&[
                "financial status", "payment status", "order status", "status", "statut", "statut du paiement",
                "betaalstatus", "etat",
            ]],
        ),
        (
            RefundedAmount,
            &[&["refunded amount", "montant rembourse", "terugbetaald bedrag", "refunded", "amount refunded"]],
        ),
        (
            RefundOf,
            &[&[
                "original receipt", "original receipt number", "refund of", "ticket d origine", "original order",
                "oorspronkelijke bon", "original transaction",
            ]],
        ),
        (
            Cost,
            &[&[
                "cost of goods", "cost", "prix d achat", "cout", "cout d achat", "inkoopprijs", "kostprijs", "cogs",
                "cost price", "supply price", "prix de revient",
            ]],
        ),
        (
            Margin,
            &[&["gross profit", "margin", "marge", "brutowinst", "marge brute", "profit", "winst", "brutomarge"]],
        ),
    ]
};

/// The field a header names and how good the name is (0 best), or `None`.
fn lookup(folded: &str) -> Option<(PurchaseField, usize)> {
    SYNONYMS.iter().find_map(|(field, tiers)| {
        tiers.iter().position(|names| names.contains(&folded)).map(|rank| (*field, rank))
    })
}

/// One column of the file and the field it feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseColumn {
    /// 0-based position in the record.
    pub index: usize,
    pub header: String,
    pub field: PurchaseField,
}

/// Column → field, as guessed from the headers and corrected by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PurchaseMapping {
    pub columns: Vec<PurchaseColumn>,
}

impl PurchaseMapping {
    /// Each field from its best-named column; the till's own names first (Shopify's "Name" is
    /// the order number). A field named twice keeps the first column of the best name and
    /// leaves the others out: a second "total" is usually a subtotal.
    pub fn guess<S: AsRef<str>>(headers: &[S], till: Till) -> PurchaseMapping {
        let mut best: Vec<Option<(PurchaseField, usize)>> = headers
            .iter()
            .map(|h| {
                let h = h.as_ref();
                if let Some(f) = till.field_for(&fold_header(h)) {
                    return Some((f, 0));
                }
                // Our own plain layout's headers are the field codes.
                PurchaseField::parse(h)
                    .filter(|f| *f != PurchaseField::Ignore && h.trim().len() > 1)
                    .map(|f| (f, 0))
                    .or_else(|| lookup(&fold_header(h)))
            })
            .collect();
        for i in 0..best.len() {
            let Some((field, rank)) = best[i] else { continue };
            let beaten = best
                .iter()
                .enumerate()
                .any(|(j, other)| j != i && matches!(other, Some((f, r)) if *f == field && (*r < rank || (*r == rank && j < i))));
            if beaten {
                best[i] = None;
            }
        }
        let columns = headers
            .iter()
            .zip(best)
            .enumerate()
            .map(|(index, (h, b))| PurchaseColumn {
                index,
                header: h.as_ref().to_owned(),
                field: b.map_or(PurchaseField::Ignore, |(f, _)| f),
            })
            .collect();
        PurchaseMapping { columns }
    }

    /// The mapping a caller kept as field codes, one per column (`None` when one is not a code).
    pub fn from_codes<S: AsRef<str>>(headers: &[S], codes: &[String]) -> Option<PurchaseMapping> {
        if codes.len() != headers.len() {
            return None;
        }
        let columns = headers
            .iter()
            .zip(codes)
            .enumerate()
            .map(|(index, (h, code))| {
                Some(PurchaseColumn { index, header: h.as_ref().to_owned(), field: PurchaseField::parse(code)? })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(PurchaseMapping { columns })
    }

    /// The field codes, one per column, as a remembered mapping keeps them.
    pub fn codes(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.field.code().to_owned()).collect()
    }

    pub fn headers(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.header.clone()).collect()
    }

    /// The column feeding `field`, if any (the first, when the caller mapped two).
    pub fn column_of(&self, field: PurchaseField) -> Option<usize> {
        self.columns.iter().find(|c| c.field == field).map(|c| c.index)
    }

    pub fn field(&self, index: usize) -> PurchaseField {
        self.columns.get(index).map_or(PurchaseField::Ignore, |c| c.field)
    }

    pub fn set(&mut self, index: usize, field: PurchaseField) -> Result<(), Refusal> {
        let count = self.columns.len();
        match self.columns.get_mut(index) {
            Some(c) => {
                c.field = field;
                Ok(())
            }
            None => Err(crate::headers::no_column_number(index, count)),
        }
    }

    /// Applies `COLUMN=FIELD` by the column's header (exactly, else folded), or by its 1-based
    /// number.
    pub fn apply_override(&mut self, column: &str, field: PurchaseField) -> Result<(), Refusal> {
        let folded = fold_header(column);
        let index = self
            .columns
            .iter()
            .position(|c| c.header == column)
            .or_else(|| self.columns.iter().position(|c| fold_header(&c.header) == folded))
            .or_else(|| column.trim().parse::<usize>().ok().filter(|&n| n >= 1).map(|n| n - 1));
        match index {
            Some(i) => self.set(i, field),
            None => Err(Refusal::new(ErrorCode::NoColumnNamed).with("column", column)),
        }
    }

    /// What the file lacks to be read: a date, and an amount (a total, line totals or prices).
    pub fn missing(&self) -> Option<&'static str> {
        use PurchaseField::*;
        let has = |f| self.column_of(f).is_some();
        if !has(Date) {
            Some("date")
        } else if !(has(Amount) || has(LineTotal) || has(UnitPrice)) {
            Some("amount")
        } else {
            None
        }
    }
}

/// Reads a `COLUMN=FIELD` override, as `--map "Client (e-mail)=email"` gives it. The last `=`
/// splits, so a header may itself contain one.
pub fn parse_purchase_override(spec: &str) -> Result<(String, PurchaseField), Refusal> {
    crate::headers::parse_column_override(spec, PurchaseField::parse, PurchaseField::ALL.iter().map(|f| f.code()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use PurchaseField::*;

    fn fields(headers: &[&str]) -> Vec<PurchaseField> {
        let m = PurchaseMapping::guess(headers, Till::detect(headers));
        m.columns.iter().map(|c| c.field).collect()
    }

    #[test]
    fn french_dutch_and_english_headers() {
        assert_eq!(
            fields(&["Client (e-mail)", "Date", "Heure", "Montant TTC", "Rayon", "Qté", "N° ticket", "Prix d'achat"]),
            [Email, Date, Time, Amount, Category, Quantity, Receipt, Cost]
        );
        assert_eq!(
            fields(&["Klantnummer", "Datum", "Tijd", "Totaal", "Afdeling", "Aantal", "Bonnummer", "Brutowinst", "Soort"]),
            [CustomerNumber, Date, Time, Amount, Category, Quantity, Receipt, Margin, ReceiptType]
        );
        assert_eq!(
            fields(&["Customer email", "Created at", "Order total", "Inkoopprijs", "Marge", "Refunded amount"]),
            [Email, Date, Amount, Cost, Margin, RefundedAmount]
        );
    }

    #[test]
    fn the_best_named_amount_wins_and_the_others_are_left_out() {
        assert_eq!(
            fields(&["Gross sales", "Net sales", "Total collected", "Total"]),
            [Ignore, Ignore, Amount, Ignore]
        );
        assert_eq!(fields(&["Montant", "Sous-total"]), [Amount, Ignore]);
    }

    #[test]
    fn the_plain_layout_s_codes_are_fields() {
        assert_eq!(fields(&["customer_ref", "date", "amount", "category", "ticket"]), [Customer, Date, Amount, Category, Receipt]);
    }

    #[test]
    fn overrides_by_name_folded_name_or_number_and_codes_round_trip() {
        let mut m = PurchaseMapping::guess(&["Référence", "Jour", "Somme"], Till::Generic);
        assert_eq!(m.missing(), None);
        let (col, field) = parse_purchase_override("reference=customer_number").unwrap();
        m.apply_override(&col, field).unwrap();
        m.apply_override("3", LineTotal).unwrap();
        assert_eq!((m.field(0), m.field(2)), (CustomerNumber, LineTotal));
        assert_eq!(m.apply_override("Nope", Cost), Err(Refusal::new(ErrorCode::NoColumnNamed).with("column", "Nope")));
        assert_eq!(parse_purchase_override("a=shoe size").unwrap_err().code, ErrorCode::NotOneOf);
        let again = PurchaseMapping::from_codes(&m.headers(), &m.codes()).unwrap();
        assert_eq!(again, m);
        assert_eq!(PurchaseMapping::from_codes(&["a"], &["nonsense".into()]), None);
        m.set(0, Ignore).unwrap();
        m.set(1, Ignore).unwrap();
        assert_eq!(m.missing(), Some("date"));
    }
}
