CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "engagement_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "engagement_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"engagement_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" text NOT NULL,
	"of_place_id" integer,
	"of_organisation_id" integer,
	"side" text,
	CONSTRAINT "engagement_participants_side_ck" CHECK ("engagement_participants"."side" is null or "engagement_participants"."side" in ('host','guest'))
);
--> statement-breakpoint
CREATE TABLE "engagement_places" (
	"engagement_id" integer NOT NULL,
	"place_id" integer NOT NULL,
	CONSTRAINT "engagement_places_engagement_id_place_id_pk" PRIMARY KEY("engagement_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_sources" (
	"engagement_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "engagement_sources_engagement_id_source_id_pk" PRIMARY KEY("engagement_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_topics" (
	"engagement_id" integer NOT NULL,
	"topic_code" text NOT NULL,
	CONSTRAINT "engagement_topics_engagement_id_topic_code_pk" PRIMARY KEY("engagement_id","topic_code")
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "engagements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"date" date NOT NULL,
	"end_date" date,
	"location_place_id" integer,
	"partnership_id" integer,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"agreement_signed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagements_dates_ck" CHECK ("engagements"."end_date" is null or "engagements"."end_date" >= "engagements"."date")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" jsonb NOT NULL,
	"kind" text DEFAULT 'government' NOT NULL,
	"place_id" integer,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"offers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"needs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partnerships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"place_a_id" integer NOT NULL,
	"place_b_id" integer NOT NULL,
	"kind" text DEFAULT 'partnership' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"since" date,
	"until" date,
	"objectives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"origin" text DEFAULT 'user' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_order_ck" CHECK ("partnerships"."place_a_id" < "partnerships"."place_b_id"),
	CONSTRAINT "partnerships_kind_ck" CHECK ("partnerships"."kind" in ('partnership','friendship','contact','project_partnership')),
	CONSTRAINT "partnerships_status_ck" CHECK ("partnerships"."status" in ('active','dormant','suspended','ended'))
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "places_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"country" text,
	"lat" double precision,
	"lng" double precision,
	"kind" text DEFAULT 'city' NOT NULL,
	"wikidata_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_kind_ck" CHECK ("places"."kind" in ('city','district','region','country'))
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"role" text NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"place_id" integer,
	"organisation_id" integer,
	"from_date" date,
	"to_date" date
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text DEFAULT 'press_release' NOT NULL,
	"title" text,
	"url" text,
	"publisher" text,
	"language" text,
	"published_on" date,
	"text" text NOT NULL,
	"extraction" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "statements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"engagement_id" integer NOT NULL,
	"speaker_person_id" integer,
	"text" jsonb NOT NULL,
	"is_pledge" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"code" text PRIMARY KEY NOT NULL,
	"labels" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_of_place_id_places_id_fk" FOREIGN KEY ("of_place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_of_organisation_id_organisations_id_fk" FOREIGN KEY ("of_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_places" ADD CONSTRAINT "engagement_places_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_places" ADD CONSTRAINT "engagement_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_sources" ADD CONSTRAINT "engagement_sources_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_sources" ADD CONSTRAINT "engagement_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_topics" ADD CONSTRAINT "engagement_topics_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_topics" ADD CONSTRAINT "engagement_topics_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_location_place_id_places_id_fk" FOREIGN KEY ("location_place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_place_a_id_places_id_fk" FOREIGN KEY ("place_a_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_place_b_id_places_id_fk" FOREIGN KEY ("place_b_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_person_id_people_id_fk" FOREIGN KEY ("speaker_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "engagement_participants_engagement_idx" ON "engagement_participants" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_person_idx" ON "engagement_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "engagement_places_place_idx" ON "engagement_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "engagement_sources_source_idx" ON "engagement_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "engagement_topics_topic_idx" ON "engagement_topics" USING btree ("topic_code");--> statement-breakpoint
CREATE INDEX "engagements_date_idx" ON "engagements" USING btree ("date");--> statement-breakpoint
CREATE INDEX "engagements_partnership_idx" ON "engagements" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "organisations_place_idx" ON "organisations" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_pair_uq" ON "partnerships" USING btree ("place_a_id","place_b_id");--> statement-breakpoint
CREATE INDEX "partnerships_place_b_idx" ON "partnerships" USING btree ("place_b_id");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "places_name_country_uq" ON "places" USING btree ("name",coalesce("country", ''));--> statement-breakpoint
CREATE INDEX "places_name_trgm" ON "places" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_country_idx" ON "places" USING btree ("country");--> statement-breakpoint
CREATE INDEX "positions_person_idx" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "statements_engagement_idx" ON "statements" USING btree ("engagement_id");