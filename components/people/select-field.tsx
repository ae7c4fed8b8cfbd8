"use client";
import { Field } from "@/components/ui/field";

/** A labelled select of units (the tree as indentation), in a Field like the other questions. */
export function SelectField({
  name,
  label,
  optionalLabel,
  value,
  onChange,
  error,
  empty,
  options,
}: {
  name: string;
  label: string;
  optionalLabel?: string;
  value: string;
  onChange: (name: string, value: string) => void;
  error?: string;
  empty: string;
  options: { id: string; name: string; depth: number }[];
}) {
  return (
    <Field
      id={`field-${name}`}
      name={name}
      error={error}
      label={
        <>
          {label}
          {optionalLabel ? <span className="font-normal"> {optionalLabel}</span> : null}
        </>
      }
    >
      {(c) => (
        <select
          {...c}
          name={name}
          value={value}
          onChange={(e) => onChange(name, e.target.value)}
          className={`mt-1 block w-full max-w-xl rounded border-2 px-3 py-2 text-base ${error ? "border-error" : "border-neutral-700"}`}
        >
          <option value="">{empty}</option>
          {/* The tree shows as indentation: "– " per level. */}
          {options.map((o) => (
            <option key={o.id} value={o.id}>{`${"– ".repeat(o.depth)}${o.name}`}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
