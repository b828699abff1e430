//! A PHP-subset bytecode VM: front end (lexer, parser), compiler to op arrays,
//! four dispatch kinds sharing one definition of every opcode handler, and
//! interrupt machinery modelled on the Zend VM's.
//!
//! Layout: `lexer`/`parser`/`ast` (front end), `compile` (AST to `ops`),
//! `constexpr` (constant expressions, evaluated on first use),
//! `handlers` (every opcode's semantics, once), `dispatch` (the kinds),
//! `interrupt`, `runtime` (values), `class`, `ext` (the extension API),
//! `stdlib` (built-ins on that API), `vm` (state and entry points).

pub mod ast;
pub mod class;
pub mod closure;
pub mod compile;
pub mod constexpr;
pub mod destructors;
pub mod dispatch;
pub mod enums;
pub mod ext;
pub mod generator;
pub mod handlers;
pub mod include;
pub mod interrupt;
pub mod lexer;
pub mod ops;
pub mod output;
pub mod parser;
pub mod runtime;
pub mod scope;
pub mod stdlib;
pub mod vm;

pub use dispatch::KindName;
pub use interrupt::{InterruptHandle, PollSite};
pub use runtime::value::Value;
pub use vm::{Config, Unwind, Vm, MAX_NATIVE_REENTRIES};
