CREATE TABLE "partnership_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnership_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer NOT NULL,
	"workspace_id" integer NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "owner_workspace_id" integer;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "visibility" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "owner_workspace_id" integer;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "visibility" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "owner_workspace_id" integer;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "owner_workspace_id" integer;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "visibility" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "organisation_id" integer;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "owner_workspace_id" integer;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "visibility" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "owner_workspace_id" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "visibility" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "partnership_notes" ADD CONSTRAINT "partnership_notes_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_notes" ADD CONSTRAINT "partnership_notes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_notes_uq" ON "partnership_notes" USING btree ("partnership_id","workspace_id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_owner_workspace_id_workspaces_id_fk" FOREIGN KEY ("owner_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_workspace_id_workspaces_id_fk" FOREIGN KEY ("owner_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_owner_workspace_id_workspaces_id_fk" FOREIGN KEY ("owner_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_owner_workspace_id_workspaces_id_fk" FOREIGN KEY ("owner_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_owner_workspace_id_workspaces_id_fk" FOREIGN KEY ("owner_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_workspace_id_workspaces_id_fk" FOREIGN KEY ("owner_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagements_organisation_idx" ON "engagements" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_visibility_ck" CHECK ("agreements"."visibility" in ('private','shared','public'));--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_visibility_ck" CHECK ("commitments"."visibility" in ('private','shared','public'));--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_visibility_ck" CHECK ("engagements"."visibility" in ('private','shared','public'));--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_visibility_ck" CHECK ("partnerships"."visibility" in ('private','shared','public'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_visibility_ck" CHECK ("projects"."visibility" in ('private','shared','public'));--> statement-breakpoint
-- The world list and imported files are public reference data; what people entered stays shared with the partner city.
UPDATE "partnerships" SET "visibility" = 'public' WHERE "origin" <> 'user';
