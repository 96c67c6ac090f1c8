-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "ServiceDomain" AS ENUM ('social', 'education_culture', 'health', 'justice', 'employment');

-- CreateEnum
CREATE TYPE "ServiceLevel" AS ENUM ('national', 'regional', 'municipal');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('in_person', 'remote_video', 'phone', 'email_chat', 'at_home', 'residential');

-- CreateEnum
CREATE TYPE "AccessRoute" AS ENUM ('self_referral', 'social_service', 'doctor', 'educational_institution', 'orphans_court', 'court_or_probation', 'police', 'other');

-- CreateEnum
CREATE TYPE "CostKind" AS ENUM ('free', 'partly_paid', 'paid');

-- CreateEnum
CREATE TYPE "PlanningRegion" AS ENUM ('riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale');

-- CreateEnum
CREATE TYPE "MunicipalityKind" AS ENUM ('novads', 'valstspilseta');

-- CreateEnum
CREATE TYPE "TargetAudience" AS ENUM ('children', 'adolescents', 'young_adults', 'parents', 'families', 'foster_families', 'professionals');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'editor');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('new', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "EntryOrigin" AS ENUM ('import', 'admin');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "legalStatus" TEXT,
    "registrationNumber" TEXT,
    "description" TEXT,
    "website" TEXT,
    "email" TEXT,
    "status" "EntryStatus" NOT NULL DEFAULT 'published',
    "origin" "EntryOrigin" NOT NULL DEFAULT 'import',
    "importedAt" TIMESTAMP(3),
    "importHash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "purpose" TEXT,
    "tasks" TEXT,
    "domain" "ServiceDomain" NOT NULL,
    "level" "ServiceLevel",
    "targetGroup" TEXT,
    "audiences" "TargetAudience"[],
    "recipientDescription" TEXT,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "availableAfter18" BOOLEAN,
    "availableAfter18Note" TEXT,
    "deliveryModes" "DeliveryMode"[],
    "deliveryDescription" TEXT,
    "volume" TEXT,
    "intensity" TEXT,
    "duration" TEXT,
    "demand" TEXT,
    "accessRoutes" "AccessRoute"[],
    "accessDescription" TEXT,
    "specialists" TEXT,
    "methods" TEXT,
    "fundingSource" TEXT,
    "costKind" "CostKind",
    "priceText" TEXT,
    "cooperationConditions" TEXT,
    "complementaryNote" TEXT,
    "email" TEXT,
    "website" TEXT,
    "areaNational" BOOLEAN NOT NULL DEFAULT false,
    "areaRegions" "PlanningRegion"[],
    "informationSource" TEXT,
    "status" "EntryStatus" NOT NULL DEFAULT 'draft',
    "origin" "EntryOrigin" NOT NULL DEFAULT 'import',
    "importedAt" TIMESTAMP(3),
    "importHash" TEXT,
    "lastVerifiedAt" DATE,
    "validUntil" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceProvider" (
    "serviceId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceProvider_pkey" PRIMARY KEY ("serviceId","organizationId")
);

-- CreateTable
CREATE TABLE "ServiceAreaMunicipality" (
    "serviceId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,

    CONSTRAINT "ServiceAreaMunicipality_pkey" PRIMARY KEY ("serviceId","municipalityId")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "addressLine" TEXT,
    "city" TEXT,
    "postalCode" TEXT,
    "municipalityId" UUID,
    "email" TEXT,
    "hours" TEXT,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "organizationId" UUID,
    "municipalSocialServiceId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "serviceId" UUID NOT NULL,
    "locationId" UUID NOT NULL,

    CONSTRAINT "ServiceAtLocation_pkey" PRIMARY KEY ("serviceId","locationId")
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "extension" TEXT,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "organizationId" UUID,
    "serviceId" UUID,
    "locationId" UUID,
    "municipalSocialServiceId" UUID,

    CONSTRAINT "Phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MunicipalityKind" NOT NULL,
    "planningRegion" "PlanningRegion" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalSocialService" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityId" UUID NOT NULL,
    "email" TEXT,
    "website" TEXT,
    "hours" TEXT,
    "status" "EntryStatus" NOT NULL DEFAULT 'published',
    "origin" "EntryOrigin" NOT NULL DEFAULT 'import',
    "importedAt" TIMESTAMP(3),
    "importHash" TEXT,
    "lastVerifiedAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MunicipalSocialService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrisisLine" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phoneNumber" TEXT,
    "organizationId" UUID,
    "operatorName" TEXT,
    "hours" TEXT,
    "is24x7" BOOLEAN NOT NULL DEFAULT false,
    "audience" TEXT,
    "topics" TEXT[],
    "freeOfCharge" BOOLEAN,
    "languages" TEXT[],
    "chatUrl" TEXT,
    "email" TEXT,
    "website" TEXT,
    "description" TEXT,
    "isEmergency" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "EntryStatus" NOT NULL DEFAULT 'published',
    "origin" "EntryOrigin" NOT NULL DEFAULT 'import',
    "importedAt" TIMESTAMP(3),
    "importHash" TEXT,
    "lastVerifiedAt" DATE,
    "validUntil" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrisisLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrisisLineChannel" (
    "id" UUID NOT NULL,
    "crisisLineId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "hours" TEXT,
    "schedule" JSONB,
    "is24x7" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CrisisLineChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainNote" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "domain" "ServiceDomain" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "importHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DomainNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'editor',
    "disabledAt" TIMESTAMP(3),
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT,
    "message" TEXT NOT NULL,
    "contactEmail" TEXT,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'new',
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ComplementaryServices" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_ComplementaryServices_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_status_idx" ON "Organization"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Service_slug_key" ON "Service"("slug");

-- CreateIndex
CREATE INDEX "Service_status_domain_idx" ON "Service"("status", "domain");

-- CreateIndex
CREATE INDEX "ServiceProvider_organizationId_idx" ON "ServiceProvider"("organizationId");

-- CreateIndex
CREATE INDEX "ServiceAreaMunicipality_municipalityId_idx" ON "ServiceAreaMunicipality"("municipalityId");

-- CreateIndex
CREATE INDEX "Location_municipalityId_idx" ON "Location"("municipalityId");

-- CreateIndex
CREATE INDEX "Location_municipalSocialServiceId_idx" ON "Location"("municipalSocialServiceId");

-- CreateIndex
CREATE INDEX "ServiceAtLocation_locationId_idx" ON "ServiceAtLocation"("locationId");

-- CreateIndex
CREATE INDEX "Phone_organizationId_idx" ON "Phone"("organizationId");

-- CreateIndex
CREATE INDEX "Phone_serviceId_idx" ON "Phone"("serviceId");

-- CreateIndex
CREATE INDEX "Phone_locationId_idx" ON "Phone"("locationId");

-- CreateIndex
CREATE INDEX "Phone_municipalSocialServiceId_idx" ON "Phone"("municipalSocialServiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE INDEX "Municipality_planningRegion_idx" ON "Municipality"("planningRegion");

-- CreateIndex
CREATE UNIQUE INDEX "MunicipalSocialService_slug_key" ON "MunicipalSocialService"("slug");

-- CreateIndex
CREATE INDEX "MunicipalSocialService_municipalityId_idx" ON "MunicipalSocialService"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "CrisisLine_slug_key" ON "CrisisLine"("slug");

-- CreateIndex
CREATE INDEX "CrisisLineChannel_crisisLineId_idx" ON "CrisisLineChannel"("crisisLineId");

-- CreateIndex
CREATE UNIQUE INDEX "DomainNote_slug_key" ON "DomainNote"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_status_createdAt_idx" ON "Suggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_entityType_entityId_idx" ON "Suggestion"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_id_idx" ON "SearchOutbox"("processedAt", "id");

-- CreateIndex
CREATE INDEX "_ComplementaryServices_B_index" ON "_ComplementaryServices"("B");

-- AddForeignKey
ALTER TABLE "ServiceProvider" ADD CONSTRAINT "ServiceProvider_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceProvider" ADD CONSTRAINT "ServiceProvider_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaMunicipality" ADD CONSTRAINT "ServiceAreaMunicipality_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaMunicipality" ADD CONSTRAINT "ServiceAreaMunicipality_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_municipalSocialServiceId_fkey" FOREIGN KEY ("municipalSocialServiceId") REFERENCES "MunicipalSocialService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_municipalSocialServiceId_fkey" FOREIGN KEY ("municipalSocialServiceId") REFERENCES "MunicipalSocialService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalSocialService" ADD CONSTRAINT "MunicipalSocialService_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrisisLine" ADD CONSTRAINT "CrisisLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrisisLineChannel" ADD CONSTRAINT "CrisisLineChannel_crisisLineId_fkey" FOREIGN KEY ("crisisLineId") REFERENCES "CrisisLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ComplementaryServices" ADD CONSTRAINT "_ComplementaryServices_A_fkey" FOREIGN KEY ("A") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ComplementaryServices" ADD CONSTRAINT "_ComplementaryServices_B_fkey" FOREIGN KEY ("B") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
