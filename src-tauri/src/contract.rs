//! The contract between the app and its UI: the TypeScript of every type that crosses IPC (what
//! each command takes and returns, the Channel payloads, the error), generated from the Rust
//! types by ts-rs into one file, `ui/src/generated/ipc.ts`, with each command's signature (read
//! from `commands/*.rs`, so `call` is typed by it). The UI imports its types from there and writes
//! none by hand. A test regenerates the file in memory and fails while the committed one
//! differs; `make types` rewrites it. Other tests fail when a type that crosses IPC is left out.

pub mod codes;
#[cfg(test)]
mod signatures;
#[cfg(test)]
mod typescript;
