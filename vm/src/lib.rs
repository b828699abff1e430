//! A PHP-subset bytecode VM: front end (lexer, parser), compiler to op arrays,
//! four dispatch kinds sharing one definition of every opcode handler, and
//! interrupt machinery modelled on the Zend VM's.

pub mod ast;
pub mod lexer;
pub mod parser;
