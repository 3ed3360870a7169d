-- CreateTable
CREATE TABLE "IdempotentCommand" (
    "id" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "command" TEXT NOT NULL,
    "key" UUID NOT NULL,
    "payloadHash" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentCommand_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdempotentCommand_createdAt_idx" ON "IdempotentCommand"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotentCommand_actorId_command_key_key" ON "IdempotentCommand"("actorId", "command", "key");

-- AddForeignKey
ALTER TABLE "IdempotentCommand" ADD CONSTRAINT "IdempotentCommand_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
