import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { isRuleType } from "@/lib/declarations/types";
import { getT } from "@/lib/i18n/server";
import { DeclarationFormPage } from "@/components/declarations/form-page";

export async function generateMetadata({ params }: { params: Promise<{ type: string }> }): Promise<Metadata> {
  const { type } = await params;
  const { locale } = await getT();
  return { title: isRuleType(type) ? getDeclarationForm(type)!.title[locale] : undefined };
}

export default async function NewDeclarationPage({ params }: { params: Promise<{ type: string }> }) {
  const viewer = await requireUser();
  const { type } = await params;
  if (!isRuleType(type)) notFound();
  return <DeclarationFormPage viewer={viewer} type={type} initialValues={{}} />;
}
