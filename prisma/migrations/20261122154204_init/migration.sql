-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PolicyProfile" AS ENUM ('RIJK', 'EERSTE_KAMER', 'GEMEENTE', 'PROVINCIE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYEE', 'MANAGER', 'INTEGRITY_OFFICER', 'HR', 'ADMIN');

-- CreateEnum
CREATE TYPE "DeclarationType" AS ENUM ('GIFT', 'INVITATION', 'COMMERCIAL_ACTIVITY', 'TRIP_EXTENSION', 'SIDE_JOB', 'FINANCIAL_INTEREST', 'FORMER_EMPLOYEE_HIRE', 'EX_MINISTER_CONTACT', 'JOB_MOVE');

-- CreateEnum
CREATE TYPE "DeclarationStatus" AS ENUM ('DRAFT', 'REGISTERED', 'SUBMITTED', 'INFO_REQUESTED', 'ESCALATED', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'REFUSED', 'WITHDRAWN', 'ENDED');

-- CreateEnum
CREATE TYPE "RuleOutcome" AS ENUM ('NO_DUTY', 'REGISTER', 'APPROVAL_REQUIRED', 'NOT_PERMITTED');

-- CreateEnum
CREATE TYPE "DeciderRole" AS ENUM ('NONE', 'MANAGER', 'INTEGRITY_OFFICER', 'TOP');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REFUSED', 'INFO_REQUESTED', 'ESCALATED');

-- CreateEnum
CREATE TYPE "GiftDestination" AS ENUM ('KEEP', 'RETURN', 'RAFFLE', 'DISTRIBUTE', 'DISPLAY', 'GENERAL_USE', 'CHARITY', 'DESTROY');

-- CreateEnum
CREATE TYPE "RegisterEntryStatus" AS ENUM ('PENDING_REVIEW', 'PUBLISHED', 'ENDED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "profile" "PolicyProfile" NOT NULL,
    "referralTitle" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "parentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "functionTitle" TEXT NOT NULL,
    "salaryScale" INTEGER,
    "unitId" TEXT,
    "managerId" TEXT,
    "roles" "Role"[],
    "topManagementGroup" BOOLEAN NOT NULL DEFAULT false,
    "topOfficial" BOOLEAN NOT NULL DEFAULT false,
    "financialRiskFunction" BOOLEAN NOT NULL DEFAULT false,
    "vulnerableFunction" BOOLEAN NOT NULL DEFAULT false,
    "employmentStart" DATE,
    "employmentEnd" DATE,
    "externalId" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Declaration" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "unitId" TEXT,
    "type" "DeclarationType" NOT NULL,
    "status" "DeclarationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL DEFAULT '',
    "occursOn" DATE,
    "valueCents" INTEGER,
    "counterparty" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "verdict" JSONB,
    "ruleOutcome" "RuleOutcome",
    "policyVersion" TEXT,
    "deciderRole" "DeciderRole" NOT NULL DEFAULT 'NONE',
    "assigneeId" TEXT,
    "relatedId" TEXT,
    "submissionKey" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "reassessOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "deciderId" TEXT NOT NULL,
    "onBehalfOfId" TEXT,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "conditions" TEXT,
    "giftDestination" "GiftDestination",
    "handedInAt" TIMESTAMPTZ(3),
    "reassessOn" DATE,
    "policyVersion" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicySetting" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "settings" JSONB NOT NULL,
    "policyVersion" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicySetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "status" "RegisterEntryStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "personName" TEXT NOT NULL,
    "functionTitle" TEXT NOT NULL,
    "sideJob" TEXT NOT NULL,
    "sideJobOrganisation" TEXT NOT NULL,
    "paid" BOOLEAN NOT NULL,
    "conditions" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" TEXT,
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Unit_organisationId_idx" ON "Unit"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_organisationId_name_key" ON "Unit"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_organisationId_code_key" ON "Unit"("organisationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "Person_managerId_idx" ON "Person"("managerId");

-- CreateIndex
CREATE INDEX "Person_unitId_idx" ON "Person"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_organisationId_externalId_key" ON "Person"("organisationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Declaration_submissionKey_key" ON "Declaration"("submissionKey");

-- CreateIndex
CREATE INDEX "Declaration_organisationId_status_idx" ON "Declaration"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Declaration_organisationId_type_status_idx" ON "Declaration"("organisationId", "type", "status");

-- CreateIndex
CREATE INDEX "Declaration_personId_createdAt_idx" ON "Declaration"("personId", "createdAt");

-- CreateIndex
CREATE INDEX "Declaration_assigneeId_status_idx" ON "Declaration"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Declaration_organisationId_counterparty_idx" ON "Declaration"("organisationId", "counterparty");

-- CreateIndex
CREATE INDEX "Decision_declarationId_idx" ON "Decision"("declarationId");

-- CreateIndex
CREATE INDEX "Delegation_deputyId_startsOn_endsOn_idx" ON "Delegation"("deputyId", "startsOn", "endsOn");

-- CreateIndex
CREATE INDEX "Delegation_managerId_idx" ON "Delegation"("managerId");

-- CreateIndex
CREATE INDEX "PolicySetting_organisationId_effectiveFrom_idx" ON "PolicySetting"("organisationId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "RegisterEntry_declarationId_key" ON "RegisterEntry"("declarationId");

-- CreateIndex
CREATE INDEX "RegisterEntry_organisationId_status_idx" ON "RegisterEntry"("organisationId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_organisationId_seq_key" ON "AuditEvent"("organisationId", "seq");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Declaration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_deciderId_fkey" FOREIGN KEY ("deciderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicySetting" ADD CONSTRAINT "PolicySetting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
