//! Integration tests of fidele-analytics, one binary (modules in tests/analytics/).

#[path = "analytics/cdnow.rs"]
mod cdnow;
#[path = "analytics/recovery.rs"]
mod recovery;
#[path = "analytics/shop.rs"]
mod shop;
#[path = "analytics/sim.rs"]
mod sim;
