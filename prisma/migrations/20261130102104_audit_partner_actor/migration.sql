-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'PARTNER';
