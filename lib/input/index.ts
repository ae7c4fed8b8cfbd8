// Input parsers, one per kind of input (decision 051): amounts, hours and dates.
export * from "./amount";
export * from "./hours";
export * from "./date";
export * from "./messages";
