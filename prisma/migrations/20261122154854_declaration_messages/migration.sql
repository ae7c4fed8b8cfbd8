-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('QUESTION', 'ANSWER', 'NOTE');

-- CreateTable
CREATE TABLE "DeclarationMessage" (
    "id" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeclarationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeclarationMessage_declarationId_createdAt_idx" ON "DeclarationMessage"("declarationId", "createdAt");

-- AddForeignKey
ALTER TABLE "DeclarationMessage" ADD CONSTRAINT "DeclarationMessage_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationMessage" ADD CONSTRAINT "DeclarationMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
