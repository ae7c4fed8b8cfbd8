"use client";

/** A labelled select with an inline error, styled and linked like FieldInput (aria-describedby, aria-invalid). */
export function SelectField({ name, label, optionalLabel, value, onChange, error, empty, options, locale }: {
  name: string;
  label: string;
  optionalLabel?: string;
  value: string;
  onChange: (name: string, value: string) => void;
  error?: string;
  empty: string;
  options: { id: string; name: string; depth: number }[];
  locale: "nl" | "en";
}) {
  const id = `field-${name}`;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`} data-field={name}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
        {optionalLabel ? <span className="font-normal"> {optionalLabel}</span> : null}
      </label>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-bold text-error">
          <span className="sr-only">{locale === "nl" ? "Fout: " : "Error: "}</span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(name, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 text-base ${error ? "border-error" : "border-neutral-700"}`}
      >
        <option value="">{empty}</option>
        {/* The tree shows as indentation: "– " per level. */}
        {options.map((o) => <option key={o.id} value={o.id}>{`${"– ".repeat(o.depth)}${o.name}`}</option>)}
      </select>
    </div>
  );
}
