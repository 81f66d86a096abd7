//! Which till or web shop wrote a sales export, recognised from its headers, and the few
//! headers that mean something else in its files than in general (Shopify's "Name" is the
//! order number; SumUp's "Email" is the shop's own account).

use crate::headers::fold_header;
use crate::purchase_fields::PurchaseField;

/// Where a sales export comes from. `Generic` is any other sheet: our plain layout, a French
/// or Dutch till, a spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Till {
    Generic,
    /// Shopify's orders export: one row per line item, the order's total on its first row.
    Shopify,
    /// Lightspeed Retail (X-Series) sales export: a sale row with the total, then its lines
    /// and payments, each on a row of its own.
    Lightspeed,
    /// Loyverse's receipts export.
    Loyverse,
    /// SumUp's transactions report.
    SumUp,
    /// Zettle's (iZettle's) sales report.
    Zettle,
    /// WooCommerce's orders export (Customer/Order CSV Export, a row per item).
    WooCommerce,
}

impl Till {
    pub const ALL: [Till; 7] =
        [Till::Generic, Till::Shopify, Till::Lightspeed, Till::Loyverse, Till::SumUp, Till::Zettle, Till::WooCommerce];

    /// The stable name, as `--format` takes it and the report prints it.
    pub fn code(self) -> &'static str {
        match self {
            Till::Generic => "generic",
            Till::Shopify => "shopify",
            Till::Lightspeed => "lightspeed",
            Till::Loyverse => "loyverse",
            Till::SumUp => "sumup",
            Till::Zettle => "zettle",
            Till::WooCommerce => "woocommerce",
        }
    }

    pub fn parse(code: &str) -> Option<Till> {
        let code = code.trim().to_ascii_lowercase();
        Till::ALL.into_iter().find(|t| t.code() == code || (code == "csv" && *t == Till::Generic))
    }

    /// The till whose signature columns the headers all have.
    pub fn detect<S: AsRef<str>>(headers: &[S]) -> Till {
        let folded: Vec<String> = headers.iter().map(|h| fold_header(h.as_ref())).collect();
        let has = |names: &[&str]| names.iter().all(|n| folded.iter().any(|f| f == n));
        if has(&["name", "financial status", "lineitem quantity"]) {
            Till::Shopify
        } else if has(&["receipt number", "line type"]) {
            Till::Lightspeed
        } else if has(&["receipt number", "receipt type", "total collected"]) {
            Till::Loyverse
        } else if has(&["transaction id", "payout amount"]) || has(&["transaction id", "card type", "fee", "total amount"]) {
            Till::SumUp
        } else if has(&["receipt number", "staff", "device"]) {
            Till::Zettle
        } else if has(&["order total", "billing email"]) {
            Till::WooCommerce
        } else {
            Till::Generic
        }
    }

    /// What a folded header means in this till's files, when not what it means in general.
    pub fn field_for(self, folded: &str) -> Option<PurchaseField> {
        use PurchaseField::*;
        let f = match (self, folded) {
            (Till::Shopify, "name") => Receipt,
            (Till::Shopify, "receipt number" | "id" | "paid at" | "lineitem compare at price") => Ignore,
            (Till::Lightspeed, "details") => Category,
            (Till::Lightspeed, "line type") => ReceiptType,
            (Till::Lightspeed, "paid" | "note") => Ignore,
            (Till::Loyverse, "description" | "comment") => Ignore,
            (Till::SumUp, "email" | "description" | "payout amount" | "fee") => Ignore,
            (Till::SumUp, "type") => ReceiptType,
            (Till::Zettle, "description" | "fee" | "net") => Ignore,
            (Till::WooCommerce, "customer id" | "customer user") => Ignore, // 0 for every guest
            (Till::WooCommerce, "refunded total") => RefundedAmount,
            (Till::WooCommerce, "billing full name") => CustomerName,
            (Till::WooCommerce, "item quantity") => Quantity,
            (Till::WooCommerce, "order id") => Ignore, // the order number is the shop's
            _ => return None,
        };
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_till_is_recognised_by_its_columns() {
        assert_eq!(Till::detect(&["Name", "Email", "Financial Status", "Total", "Lineitem quantity"]), Till::Shopify);
        assert_eq!(Till::detect(&["Date", "Receipt Number", "Line Type", "Total"]), Till::Lightspeed);
        assert_eq!(Till::detect(&["Date", "Receipt number", "Receipt type", "Total collected"]), Till::Loyverse);
        assert_eq!(Till::detect(&["Transaction ID", "Date", "Total Amount", "Payout Amount"]), Till::SumUp);
        assert_eq!(Till::detect(&["Date", "Receipt number", "Amount", "Staff", "Device"]), Till::Zettle);
        assert_eq!(Till::detect(&["order_number", "order_total", "billing_email"]), Till::WooCommerce);
        assert_eq!(Till::detect(&["Client (e-mail)", "Montant TTC"]), Till::Generic);
        assert_eq!(Till::parse("SumUp"), Some(Till::SumUp));
        assert_eq!(Till::parse("csv"), Some(Till::Generic));
        assert_eq!(Till::parse("square"), None);
    }
}
