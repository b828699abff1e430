//! Runtime data: values, strings, arrays, objects.

pub mod array;
pub mod object;
pub mod operators;
pub mod string;
pub mod value;
