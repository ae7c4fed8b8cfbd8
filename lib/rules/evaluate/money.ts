// Dutch style "€ 1.234,56", English "€1,234.56" (Intl is part of the language: no I/O, runs in the browser).
const euroNl = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const euroGb = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });
export const euro = (cents: number): string => euroNl.format(cents / 100).replace(/\u00a0/g, " ");
export const euroEn = (cents: number): string => euroGb.format(cents / 100);
