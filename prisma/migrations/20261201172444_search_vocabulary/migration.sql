-- CreateTable
CREATE TABLE "SearchVocabulary" (
    "stem" TEXT NOT NULL,

    CONSTRAINT "SearchVocabulary_pkey" PRIMARY KEY ("stem")
);
