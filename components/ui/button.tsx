import type { ButtonHTMLAttributes } from "react";

const VARIANT = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border-2 border-brand text-brand hover:bg-brand-light",
  danger: "border-2 border-error text-error hover:bg-red-50",
  /** The final step of something that cannot be undone (withdraw access, erase). */
  destructive: "bg-error text-white hover:opacity-90",
  /** The final "send" of a declaration or a decision. */
  ok: "bg-ok text-white hover:bg-green-900",
};
const SIZE = { small: "px-4 py-1", normal: "px-4 py-2", large: "px-5 py-3 text-lg" };

export type ButtonVariant = keyof typeof VARIANT;

/** The classes of a button, for a link that looks like one. */
export function buttonClass(variant: ButtonVariant = "primary", size: keyof typeof SIZE = "normal"): string {
  return `inline-block rounded font-bold no-underline disabled:opacity-60 ${SIZE[size]} ${VARIANT[variant]}`;
}

/** A button in the portal's styles; a submit button unless told otherwise. */
export function Button({
  variant = "primary",
  size = "normal",
  className = "",
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: keyof typeof SIZE }) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`.trim()} {...props} />;
}
