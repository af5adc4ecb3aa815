-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'EDITOR', 'REVIEWER', 'VIEWER');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('ORIGINAL', 'TRANSLATION');

-- CreateEnum
CREATE TYPE "SourceFormat" AS ENUM ('PASTE', 'TXT', 'MARKDOWN', 'HTML', 'DOCX', 'TMX', 'XLIFF12', 'XLIFF2', 'JSON');

-- CreateEnum
CREATE TYPE "BeadOrigin" AS ENUM ('AUTO', 'MANUAL');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('UNREVIEWED', 'APPROVED', 'NEEDS_WORK', 'REJECTED');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('SOURCE', 'TARGET');

-- CreateEnum
CREATE TYPE "IssueCategory" AS ENUM ('MISTRANSLATION', 'OMISSION', 'ADDITION', 'UNTRANSLATED', 'TERMINOLOGY', 'GRAMMAR', 'SPELLING', 'PUNCTUATION', 'STYLE', 'NUMBERS', 'DATES', 'UNITS', 'NAMES', 'OTHER');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('NEUTRAL', 'MINOR', 'MAJOR', 'CRITICAL');

-- CreateEnum
CREATE TYPE "AnnotationStatus" AS ENUM ('OPEN', 'RESOLVED', 'OUTDATED');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "severityWeights" JSONB NOT NULL DEFAULT '{"NEUTRAL":0,"MINOR":1,"MAJOR":5,"CRITICAL":25}',
    "sampleKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "sourceFormat" "SourceFormat" NOT NULL,
    "fileName" TEXT,
    "rawText" TEXT NOT NULL,
    "attribution" TEXT,
    "licence" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParagraphRevision" (
    "id" SERIAL NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "userId" TEXT,
    "eventId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParagraphRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alignment" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "targetDocumentId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "alignerInfo" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Alignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bead" (
    "id" SERIAL NOT NULL,
    "alignmentId" INTEGER NOT NULL,
    "srcStart" INTEGER NOT NULL,
    "srcEnd" INTEGER NOT NULL,
    "tgtStart" INTEGER NOT NULL,
    "tgtEnd" INTEGER NOT NULL,
    "origin" "BeadOrigin" NOT NULL DEFAULT 'AUTO',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "isConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'UNREVIEWED',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "alignmentId" INTEGER NOT NULL,
    "beadId" INTEGER NOT NULL,
    "anchorSide" "Side" NOT NULL,
    "anchorParagraphId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" SERIAL NOT NULL,
    "alignmentId" INTEGER NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "side" "Side" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "category" "IssueCategory" NOT NULL,
    "severity" "Severity" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "AnnotationStatus" NOT NULL DEFAULT 'OPEN',
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingDismissal" (
    "id" SERIAL NOT NULL,
    "alignmentId" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER,
    "alignmentId" INTEGER,
    "userId" TEXT,
    "kind" TEXT NOT NULL,
    "version" INTEGER,
    "data" JSONB NOT NULL DEFAULT '{}',
    "undoneAt" TIMESTAMP(3),
    "isRedoable" BOOLEAN NOT NULL DEFAULT false,
    "revertsId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Project_sampleKey_key" ON "Project"("sampleKey");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_projectId_userId_key" ON "Membership"("projectId", "userId");

-- CreateIndex
CREATE INDEX "Document_projectId_idx" ON "Document"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_documentId_position_key" ON "Paragraph"("documentId", "position");

-- CreateIndex
CREATE INDEX "ParagraphRevision_paragraphId_idx" ON "ParagraphRevision"("paragraphId");

-- CreateIndex
CREATE INDEX "Alignment_projectId_idx" ON "Alignment"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Alignment_sourceDocumentId_targetDocumentId_key" ON "Alignment"("sourceDocumentId", "targetDocumentId");

-- CreateIndex
CREATE INDEX "Bead_alignmentId_srcStart_tgtStart_idx" ON "Bead"("alignmentId", "srcStart", "tgtStart");

-- CreateIndex
CREATE INDEX "Comment_alignmentId_idx" ON "Comment"("alignmentId");

-- CreateIndex
CREATE INDEX "Comment_beadId_idx" ON "Comment"("beadId");

-- CreateIndex
CREATE INDEX "Annotation_alignmentId_idx" ON "Annotation"("alignmentId");

-- CreateIndex
CREATE INDEX "Annotation_paragraphId_idx" ON "Annotation"("paragraphId");

-- CreateIndex
CREATE UNIQUE INDEX "FindingDismissal_alignmentId_fingerprint_key" ON "FindingDismissal"("alignmentId", "fingerprint");

-- CreateIndex
CREATE INDEX "Event_alignmentId_id_idx" ON "Event"("alignmentId", "id");

-- CreateIndex
CREATE INDEX "Event_projectId_id_idx" ON "Event"("projectId", "id");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParagraphRevision" ADD CONSTRAINT "ParagraphRevision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_targetDocumentId_fkey" FOREIGN KEY ("targetDocumentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bead" ADD CONSTRAINT "Bead_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "Alignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "Alignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_beadId_fkey" FOREIGN KEY ("beadId") REFERENCES "Bead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_anchorParagraphId_fkey" FOREIGN KEY ("anchorParagraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "Alignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingDismissal" ADD CONSTRAINT "FindingDismissal_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "Alignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_alignmentId_fkey" FOREIGN KEY ("alignmentId") REFERENCES "Alignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Invariants Prisma's schema language cannot express (docs/decisions/002-data-model.md).
-- Prisma's drift check ignores CHECK constraints and triggers, so they live only here.

ALTER TABLE "Document" ADD CONSTRAINT "Document_language_check" CHECK (char_length("language") BETWEEN 2 AND 35);
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_position_check" CHECK ("position" >= 0);
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_documents_check" CHECK ("sourceDocumentId" <> "targetDocumentId");
ALTER TABLE "Alignment" ADD CONSTRAINT "Alignment_version_check" CHECK ("version" >= 1);

-- A bead covers [srcStart, srcEnd) and [tgtStart, tgtEnd); at most one side is empty.
ALTER TABLE "Bead" ADD CONSTRAINT "Bead_src_range_check" CHECK ("srcStart" >= 0 AND "srcEnd" >= "srcStart");
ALTER TABLE "Bead" ADD CONSTRAINT "Bead_tgt_range_check" CHECK ("tgtStart" >= 0 AND "tgtEnd" >= "tgtStart");
ALTER TABLE "Bead" ADD CONSTRAINT "Bead_not_empty_check" CHECK ("srcEnd" > "srcStart" OR "tgtEnd" > "tgtStart");
ALTER TABLE "Bead" ADD CONSTRAINT "Bead_confidence_check" CHECK ("confidence" >= 0 AND "confidence" <= 1);

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_body_check" CHECK (char_length("body") BETWEEN 1 AND 20000);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_not_own_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");

ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_span_check" CHECK ("start" >= 0 AND "end" > "start");

-- Length of a text in UTF-16 code units (what browsers and JavaScript count): code points
-- plus one for every character outside the Basic Multilingual Plane.
CREATE FUNCTION tandem_utf16_length(t text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT char_length(t) + char_length(regexp_replace(t, '[^\U00010000-\U0010FFFF]', '', 'g')) $$;

-- An annotation's span lies inside its paragraph's text. Deferred to the end of the
-- transaction so that a verb may edit a paragraph and move its annotations in either order.
CREATE FUNCTION tandem_check_annotation_span() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  bad integer;
BEGIN
  IF TG_TABLE_NAME = 'Annotation' THEN
    SELECT a."id" INTO bad FROM "Annotation" a JOIN "Paragraph" p ON p."id" = a."paragraphId"
      WHERE a."id" = NEW."id" AND a."end" > tandem_utf16_length(p."text");
  ELSE
    SELECT a."id" INTO bad FROM "Annotation" a
      WHERE a."paragraphId" = NEW."id" AND a."end" > tandem_utf16_length(NEW."text") LIMIT 1;
  END IF;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'annotation % lies outside its paragraph''s text', bad USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Annotation_span_inside_paragraph"
  AFTER INSERT OR UPDATE OF "start", "end", "paragraphId" ON "Annotation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tandem_check_annotation_span();
CREATE CONSTRAINT TRIGGER "Paragraph_text_keeps_annotations"
  AFTER UPDATE OF "text" ON "Paragraph"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tandem_check_annotation_span();
