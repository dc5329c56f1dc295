CREATE TABLE "agreement_clauses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_clauses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"number" text,
	"text" jsonb NOT NULL,
	"topic_code" text,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreement_parties_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agreement_id" integer NOT NULL,
	"place_id" integer,
	"organisation_id" integer,
	CONSTRAINT "agreement_parties_one_ck" CHECK (("agreement_parties"."place_id" is null) <> ("agreement_parties"."organisation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"partnership_id" integer,
	"engagement_id" integer,
	"source_id" integer,
	"signed_on" date,
	"valid_from" date,
	"valid_to" date,
	"renewal_on" date,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_kind_ck" CHECK ("agreements"."kind" in ('mou','treaty','action_plan','letter_of_intent')),
	CONSTRAINT "agreements_validity_ck" CHECK ("agreements"."valid_to" is null or "agreements"."valid_from" is null or "agreements"."valid_to" >= "agreements"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer,
	"statement_id" integer,
	"clause_id" integer,
	"text" jsonb NOT NULL,
	"topic_code" text,
	"owner_a_organisation_id" integer,
	"owner_a_person_id" integer,
	"owner_b_organisation_id" integer,
	"owner_b_person_id" integer,
	"due_on" date,
	"status" text DEFAULT 'proposed' NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_status_ck" CHECK ("commitments"."status" in ('proposed','agreed','in_progress','done','dropped')),
	CONSTRAINT "commitments_origin_ck" CHECK ("commitments"."statement_id" is null or "commitments"."clause_id" is null),
	CONSTRAINT "commitments_owner_a_ck" CHECK ("commitments"."owner_a_organisation_id" is null or "commitments"."owner_a_person_id" is null),
	CONSTRAINT "commitments_owner_b_ck" CHECK ("commitments"."owner_b_organisation_id" is null or "commitments"."owner_b_person_id" is null)
);
--> statement-breakpoint
CREATE TABLE "project_commitments" (
	"project_id" integer NOT NULL,
	"commitment_id" integer NOT NULL,
	CONSTRAINT "project_commitments_project_id_commitment_id_pk" PRIMARY KEY("project_id","commitment_id")
);
--> statement-breakpoint
CREATE TABLE "project_engagements" (
	"project_id" integer NOT NULL,
	"engagement_id" integer NOT NULL,
	CONSTRAINT "project_engagements_project_id_engagement_id_pk" PRIMARY KEY("project_id","engagement_id")
);
--> statement-breakpoint
CREATE TABLE "project_leads" (
	"project_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"side" text NOT NULL,
	CONSTRAINT "project_leads_project_id_organisation_id_pk" PRIMARY KEY("project_id","organisation_id"),
	CONSTRAINT "project_leads_side_ck" CHECK ("project_leads"."side" in ('a','b'))
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done_on" date
);
--> statement-breakpoint
CREATE TABLE "project_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"name" jsonb NOT NULL,
	"unit" text,
	"target" double precision,
	"actual" double precision,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partnership_id" integer,
	"parent_id" integer,
	"weight" double precision DEFAULT 1 NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"start_on" date,
	"end_on" date,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_status_ck" CHECK ("projects"."status" in ('proposed','planned','in_progress','on_hold','completed','cancelled')),
	CONSTRAINT "projects_progress_ck" CHECK ("projects"."progress" between 0 and 100),
	CONSTRAINT "projects_weight_ck" CHECK ("projects"."weight" > 0),
	CONSTRAINT "projects_parent_ck" CHECK ("projects"."parent_id" is null or "projects"."parent_id" <> "projects"."id"),
	CONSTRAINT "projects_dates_ck" CHECK ("projects"."end_on" is null or "projects"."start_on" is null or "projects"."end_on" >= "projects"."start_on")
);
--> statement-breakpoint
ALTER TABLE "agreement_clauses" ADD CONSTRAINT "agreement_clauses_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_clauses" ADD CONSTRAINT "agreement_clauses_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_clause_id_agreement_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."agreement_clauses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_a_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_a_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_a_person_id_people_id_fk" FOREIGN KEY ("owner_a_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_b_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_b_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_b_person_id_people_id_fk" FOREIGN KEY ("owner_b_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_commitments" ADD CONSTRAINT "project_commitments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_commitments" ADD CONSTRAINT "project_commitments_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_engagements" ADD CONSTRAINT "project_engagements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_engagements" ADD CONSTRAINT "project_engagements_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_leads" ADD CONSTRAINT "project_leads_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_leads" ADD CONSTRAINT "project_leads_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_results" ADD CONSTRAINT "project_results_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_clauses_agreement_idx" ON "agreement_clauses" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_agreement_idx" ON "agreement_parties" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreements_partnership_idx" ON "agreements" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "agreements_renewal_idx" ON "agreements" USING btree ("renewal_on");--> statement-breakpoint
CREATE INDEX "commitments_partnership_idx" ON "commitments" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "commitments_statement_idx" ON "commitments" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "commitments_clause_idx" ON "commitments" USING btree ("clause_id");--> statement-breakpoint
CREATE INDEX "commitments_due_idx" ON "commitments" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "project_commitments_commitment_idx" ON "project_commitments" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "project_engagements_engagement_idx" ON "project_engagements" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "project_leads_organisation_idx" ON "project_leads" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "project_milestones_project_idx" ON "project_milestones" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_milestones_due_idx" ON "project_milestones" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "project_results_project_idx" ON "project_results" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "projects_partnership_idx" ON "projects" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "projects_parent_idx" ON "projects" USING btree ("parent_id");