// Shared by build.rs (one permission per command) and the app (a test checks the capability
// grants exactly these). Add a command here, in `invoke_handler!` and in capabilities/default.json.
pub const COMMANDS: &[&str] = &[
    "app_info",
    "load_demo",
    "list_customers",
    "customer_page",
    "add_customer",
    "update_customer",
    "add_purchase",
    "add_interaction",
    "resolve_interaction",
    "overview",
    "due_reminders",
    "add_reminder",
    "complete_reminder",
    "snooze_reminder",
    "get_settings",
    "set_ui_language",
    "set_shop_profile",
    "cancel_job",
    // -- import/export commands --
    // -- cards commands --
    // -- analysis commands --
];
