ALTER TABLE "decisions" ADD COLUMN "note_en" text;--> statement-breakpoint
ALTER TABLE "external_measures" ADD COLUMN "value_en" text;--> statement-breakpoint
-- A database seeded before this migration gets the English the product itself wrote for its seeded
-- texts (lib/db/seed), matched on the exact stored text: a text changed since keeps no English and is
-- shown in Swedish, marked as such.
UPDATE "decisions" SET "note_en" = 'The decision is confirmed by the Swedish Medical Association’s surveys of 2023 and 2024.' WHERE "note" = 'Beslutet bekräftas i Läkarförbundets enkäter 2023 och 2024.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'Dagens Medicin (May 2023) confirms the decision; the Swedish Medical Association (2023) mentions a decision on an action plan instead.' WHERE "note" = 'Dagens Medicin maj 2023 bekräftar beslutet; Läkarförbundet 2023 nämner i stället ett beslut om handlingsplan.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = '1,500 as a step toward 1,100.' WHERE "note" = '1 500 som ett steg mot 1 100.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'A decision to draw up an implementation plan with a cap on listed patients, without a figure. The region then gave 2,350 residents per full-time GP in its own primary care.' WHERE "note" = 'Beslut att ta fram en genomförandeplan med listningstak, utan siffra. Regionen angav då 2 350 invånare per heltidsanställd distriktsläkare i den egna primärvården.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'The only region with a new decision in line with the guideline since September 2022; the exact date of the decision is not given.' WHERE "note" = 'Enda nya regionen med beslut i linje med riktvärdet sedan september 2022; exakt beslutsdatum framgår inte.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'A stated ambition without a decided figure, according to Socialstyrelsen’s presentation. Not confirmed by other sources; Skåne did not answer Dagens Medicin’s survey in September 2022.' WHERE "note" = 'Uttalad ambitionsnivå utan beslut på siffra enligt Socialstyrelsens presentation. Inte bekräftat i andra källor; Skåne besvarade inte Dagens Medicins enkät i september 2022.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'A cap of 1,250 listed patients, above the guideline.' WHERE "note" = 'Listtak på 1 250 patienter, högre än riktvärdet.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'A “direction toward 1,750” according to Dagens Medicin’s survey: a direction, not a decided cap.' WHERE "note" = '”Inriktning mot 1 750” enligt Dagens Medicins enkät: en inriktning, inte ett beslutat tak.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'Neither a decided cap nor a timetable, according to Dagens Medicin’s survey in September 2022.' WHERE "note" = 'Varken beslut om tak eller tidsplan enligt Dagens Medicins enkät i september 2022.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'No decision; the guideline is being analysed (Dagens Medicin’s survey in September 2022).' WHERE "note" = 'Inget beslut; riktvärdet analyseras (Dagens Medicins enkät i september 2022).' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'The new Primary Care Committee was tasked with drawing up an action plan for named GPs in which one doctor is responsible for at most 1,100 patients.' WHERE "note" = 'Den nya primärvårdsnämnden fick i uppdrag att ta fram en handlingsplan för fast läkarkontakt där en läkare ansvarar för högst 1 100 patienter.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'One of three regions with both a political decision on 1,100 and an action plan, according to the Swedish Medical Association’s survey of 2024; the date of the decision is not given. In December 2023 the Health and Medical Care Committee adopted a plan for more GP trainees 2024–2034 so as to reach 1,100 in time (the Swedish Medical Journal, 2025-02); that plan concerns training numbers and is not a decision on the target in itself.' WHERE "note" = 'En av tre regioner med både politiskt beslut om 1 100 och handlingsplan enligt Läkarförbundets enkät 2024; beslutsdatum framgår inte. Hälso- och sjukvårdsnämnden antog i december 2023 en plan för fler ST-läkare i allmänmedicin 2024–2034 för att på sikt nå 1 100 (Läkartidningen 2025-02); den planen gäller utbildningsvolymer och är inte ett eget beslut om målet.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'A political decision to draw up an action plan toward 1,100. The year is inferred from the Swedish Medical Association’s report of 2024.' WHERE "note" = 'Politiskt beslut att ta fram en handlingsplan mot 1 100. Året är härlett ur Läkarförbundets rapport 2024.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'Politicians have decided on goals of fewer residents per doctor in primary care; the source gives no figure.' WHERE "note" = 'Politiker har beslutat om målsättningar för färre invånare per läkare i primärvården; siffra framgår inte av källan.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'A target of 1,100 per GP, with an action plan in preparation. The year is inferred from the Swedish Medical Association’s report of 2024.' WHERE "note" = 'Mål om 1 100 per distriktsläkare, handlingsplan under arbete. Året är härlett ur Läkarförbundets rapport 2024.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'An announced cap of at most 1,500 listed patients per doctor, before the guideline; the implementation plan was delayed.' WHERE "note" = 'Aviserat listningstak på högst 1 500 patienter per läkare, före riktvärdet; genomförandeplanen försenades.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'The politicians decided “almost two years ago” (as seen from November 2021) on an implementation plan for a cap on listed patients in the region’s own primary care: by 2024 at most 1,500 patients per fully trained GP specialist, as the measure by which a health centre is staffed. It applies only to the region’s own health centres. In June 2022 the Swedish Medical Association named Sörmland among the regions with decided goals.' WHERE "note" = 'Politikerna beslutade ”för snart två år sedan” (sett från november 2021) om en genomförandeplan för listningstak i den egendrivna primärvården: till 2024 högst 1 500 patienter per färdig specialist i allmänmedicin som dimensioneringsmått för vårdcentralen. Gäller bara regionens egna vårdcentraler. Läkarförbundet nämnde i juni 2022 Sörmland bland regionerna med beslutade målsättningar.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "decisions" SET "note_en" = 'The region’s own target of 1,500 patients per doctor was in force when Sfam Jönköping (the Swedish Association of General Practice in Jönköping) surveyed the health centres in winter 2023/24: 23 health centres did not meet it. The date of the decision is not given; it may be the decision the Swedish Medical Association mentioned without a figure in June 2022.' WHERE "note" = 'Regionens eget mål på 1 500 patienter per läkare gällde när Sfam Jönköping kartlade vårdcentralerna vintern 2023/24: 23 vårdcentraler nådde inte upp till det. Beslutsdatum framgår inte; det kan vara samma beslut som Läkarförbundet nämnde i juni 2022 utan siffra.' AND "note_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '0' WHERE "value_text" = '0' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '3' WHERE "value_text" = '3' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '2,803' WHERE "value_text" = '2 803' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '2,192' WHERE "value_text" = '2 192' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '2,035' WHERE "value_text" = '2 035' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'around 88 years' WHERE "value_text" = 'runt 88 år' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'over 50 years' WHERE "value_text" = 'över 50 år' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '334 years' WHERE "value_text" = '334 år' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'practically never' WHERE "value_text" = 'i stort sett aldrig' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'several hundred years' WHERE "value_text" = 'flera hundra år' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'several decades' WHERE "value_text" = 'flera decennier' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'could not provide the figures' WHERE "value_text" = 'kunde inte ta fram uppgifterna' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'relatively well placed' WHERE "value_text" = 'relativt bra' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'the target can never be reached' WHERE "value_text" = 'målet kan aldrig nås' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '10 of 21 have a decision' WHERE "value_text" = '10 av 21 har beslut' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '10 of 21 lack a decision' WHERE "value_text" = '10 av 21 saknar beslut' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'fewer than half' WHERE "value_text" = 'färre än hälften' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'over 2,000' WHERE "value_text" = 'över 2 000' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = '29%' WHERE "value_text" = '29 %' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'around 30%' WHERE "value_text" = 'omkring 30 %' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "value_en" = 'about three in ten' WHERE "value_text" = 'cirka tre av tio' AND "value_en" IS NULL;
--> statement-breakpoint
UPDATE "external_measures" SET "definition_en" = 'The Swedish Medical Association''s calculation in June 2022: the region''s residents divided by the number of doctors in primary care. The source does not say which doctors are counted (specialists, GP trainees, locums) or whether as heads or full-time equivalents. It is therefore not the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × GP trainee FTE, from the region’s report) and cannot be compared directly with it or with the guideline of 1,100.' WHERE "definition_en" = 'Läkarförbundet''s (the Swedish Medical Association''s) calculation in June 2022: the region''s residents divided by the number of doctors in primary care. The source does not say which doctors are counted (specialists, ST trainees, locums) or whether as heads or full-time equivalents. It is therefore not the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × ST trainee FTE, from the region’s report) and cannot be compared directly with it or with the guideline of 1 100.';
--> statement-breakpoint
UPDATE "external_measures" SET "definition_en" = 'The estimate by DLF (the association of GPs within the Swedish Medical Association) of how many years it would take to reach Socialstyrelsen''s guideline (1,100 residents per specialist, 550 per GP trainee) if training and recruitment of GP specialists continue at the current pace, from the regions'' answers to DLF''s survey. A projection, not a measurement of residents per doctor like the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × GP trainee FTE, from the region’s report).' WHERE "definition_en" = 'The estimate by Distriktsläkarföreningen (DLF, the GPs'' association within Läkarförbundet) of how many years it would take to reach Socialstyrelsen''s guideline (1 100 residents per specialist, 550 per ST trainee) if training and recruitment of GP specialists continue at the current pace, from the regions'' answers to DLF''s survey. A projection, not a measurement of residents per doctor like the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × ST trainee FTE, from the region’s report).';
--> statement-breakpoint
UPDATE "external_measures" SET "definition_en" = 'DLF''s assessment in words of how far the region is from Socialstyrelsen''s guideline at the current pace, or that the region could not provide the figures DLF asked for, from the regions'' answers to DLF''s survey. An assessment, not a number, and not the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × GP trainee FTE, from the region’s report).' WHERE "definition_en" = 'DLF''s assessment in words of how far the region is from Socialstyrelsen''s guideline at the current pace, or that the region could not provide the figures DLF asked for, from the regions'' answers to DLF''s survey. An assessment, not a number, and not the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × ST trainee FTE, from the region’s report).';
--> statement-breakpoint
UPDATE "external_measures" SET "definition_en" = 'How many of the 21 regions have a political decision to aim for Socialstyrelsen''s guideline of 1,100 residents per named GP, according to the Swedish Medical Association''s and DLF''s surveys. A count of regions in a survey, not the product''s record of decisions (where each region''s decision stands with its own source and date), and no measure of staffing.' WHERE "definition_en" = 'How many of the 21 regions have a political decision to aim for Socialstyrelsen''s guideline of 1 100 residents per fast läkarkontakt, according to Läkarförbundet''s and DLF''s surveys. A count of regions in a survey, not the product''s record of decisions (where each region''s decision stands with its own source and date), and no measure of staffing.';
--> statement-breakpoint
UPDATE "external_measures" SET "definition_en" = 'DLF''s statement of how many patients a primary-care doctor is responsible for on average, nationally. The source does not say whether this is listed patients per doctor or per full-time equivalent, or which doctors are counted; it gives only a lower bound. Not the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × GP trainee FTE, from the region’s report), which counts residents and weighs GP trainees at one half.' WHERE "definition_en" = 'DLF''s statement of how many patients a primary-care doctor is responsible for on average, nationally. The source does not say whether this is listed patients per doctor or per full-time equivalent, or which doctors are counted; it gives only a lower bound. Not the product''s measure (residents per full-time equivalent of GP specialists plus 0.5 × ST trainee FTE, from the region’s report), which counts residents and weighs ST trainees at one half.';
--> statement-breakpoint
UPDATE "external_measures" SET "definition_en" = 'The share who say, in the surveys of the Swedish Agency for Health and Care Services Analysis (its population panel), that they have a regular doctor or a named GP in primary care: how people themselves see it. Not the regions'' registered share with a named GP (often far higher), and not the product''s measure, which is residents per doctor.' WHERE "definition_en" = 'The share who say, in Vårdanalys'' surveys (its population panel), that they have a fast läkare or fast läkarkontakt in primary care: how people themselves see it. Not the regions'' registered share with a named fast läkarkontakt (often far higher), and not the product''s measure, which is residents per doctor.';
--> statement-breakpoint
UPDATE "external_measures" SET "note_en" = 'The quote is the news item''s headline; its body text is on record only as a paraphrase: 10 regions have political decisions to aim for 1,100, and only Stockholm, Gotland and Uppsala also have an action plan. The Swedish Medical Journal reads the same survey the other way round (10 of 21 lack a decision); the two disagree, and the Swedish Medical Association''s report would settle it.' WHERE "note_en" = 'The quote is the news item''s headline; its body text is on record only as a paraphrase: 10 regions have political decisions to aim for 1 100, and only Stockholm, Gotland and Uppsala also have an action plan. Läkartidningen reads the same survey the other way round (10 of 21 lack a decision); the two disagree, and Läkarförbundet''s report would settle it.';
--> statement-breakpoint
UPDATE "external_measures" SET "note_en" = 'The same survey as the Swedish Medical Association''s own news item, which says instead that 10 regions have a decision. The two disagree (10 or 11 regions with a decision); the Swedish Medical Association''s report would settle it.' WHERE "note_en" = 'The same survey as Läkarförbundet''s own news item, which says instead that 10 regions have a decision. The two disagree (10 or 11 regions with a decision); Läkarförbundet''s report would settle it.';
--> statement-breakpoint
UPDATE "external_measures" SET "note_en" = 'Dagens Medicin''s survey in September 2022 said seven regions had a list cap higher than the guideline (e.g. Jämtland Härjedalen 1,250); the sources describe different things or different times.' WHERE "note_en" = 'Dagens Medicin''s survey in September 2022 said seven regions had a list cap higher than the guideline (e.g. Jämtland Härjedalen 1 250); the sources describe different things or different times.';
