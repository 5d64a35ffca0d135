-- =====================================================================================================
-- Newsdesk DEMO CONTENT (Flyway repeatable migration) -- this is NOT schema.
--
-- Switchable sample content for the demo organisation, the Benelux Union: 5 themes, 14 published
-- articles (2019-2022) and 1 draft, in Dutch, French, English and German, with view counts and the
-- yearly action timeline of the human-trafficking theme, and a first revision of each version (Dutch is the
-- source the other languages were translated from). It lives in classpath:db/demo, so it is only
-- applied when that location is listed in spring.flyway.locations; production leaves it out.
--
-- The file is idempotent: Flyway re-runs a repeatable migration whenever its text changes, so it first
-- deletes the rows it owns (themes 1-5, articles 1-15, article translations 1-48, timeline entries 1-7)
-- and then inserts them again with explicit ids. Users, roles and images are not touched here; hero
-- images are left NULL, and the authors are the two demo accounts (R__demo_accounts runs first: Flyway applies
-- repeatable migrations in the order of their descriptions).
-- =====================================================================================================

-- 1. Remove the demo rows this file owns (children first).
DELETE FROM timeline_entry_text WHERE entry_id BETWEEN 1 AND 7;
DELETE FROM timeline_entry WHERE id BETWEEN 1 AND 7;
DELETE FROM article_view_count WHERE article_id BETWEEN 1 AND 15;
DELETE FROM article_translation WHERE article_id BETWEEN 1 AND 15 OR id BETWEEN 1 AND 48;
DELETE FROM article WHERE id BETWEEN 1 AND 15;
DELETE FROM theme_translation WHERE theme_id BETWEEN 1 AND 5;
DELETE FROM theme WHERE id BETWEEN 1 AND 5;

-- 2. Themes.
INSERT INTO theme (id, created_at, version) VALUES
    (1, '2016-01-01 09:00:00', 0),
    (2, '2016-01-01 09:00:00', 0),
    (3, '2016-01-01 09:00:00', 0),
    (4, '2016-01-01 09:00:00', 0),
    (5, '2016-01-01 09:00:00', 0);

INSERT INTO theme_translation (theme_id, lang, name, slug, description) VALUES
    (1, 'nl', 'Strijd tegen mensenhandel', 'mensenhandel', 'Samenwerking tussen de Benelux-landen om mensenhandel te voorkomen, slachtoffers te beschermen en daders te vervolgen.'),
    (1, 'fr', 'Lutte contre la traite des êtres humains', 'traite-des-etres-humains', 'La coopération entre les pays du Benelux pour prévenir la traite, protéger les victimes et poursuivre les auteurs.'),
    (1, 'en', 'Fighting human trafficking', 'human-trafficking', 'Cooperation between the Benelux countries to prevent trafficking in human beings, protect victims and prosecute offenders.'),
    (1, 'de', 'Bekämpfung des Menschenhandels', 'menschenhandel', 'Die Zusammenarbeit der Benelux-Länder, um Menschenhandel zu verhindern, Opfer zu schützen und Täter strafrechtlich zu verfolgen.'),
    (2, 'nl', 'Veiligheid en crisisbeheer', 'veiligheid-en-crisisbeheer', 'Hoe de Benelux-landen en hun partners zich samen op crisissen voorbereiden en elkaar bijstaan wanneer het erop aankomt.'),
    (2, 'fr', 'Sécurité et gestion de crise', 'securite-et-gestion-de-crise', 'Comment les pays du Benelux et leurs partenaires se préparent ensemble aux crises et s''entraident lorsque la situation l''exige.'),
    (2, 'en', 'Security and crisis management', 'security-and-crisis-management', 'How the Benelux countries and their partners prepare jointly for crises and support one another when it matters.'),
    (2, 'de', 'Sicherheit und Krisenmanagement', 'sicherheit-und-krisenmanagement', 'Wie sich die Benelux-Länder und ihre Partner gemeinsam auf Krisen vorbereiten und einander im Ernstfall unterstützen.'),
    (3, 'nl', 'Grensoverschrijdende samenwerking', 'grensoverschrijdende-samenwerking', 'Het wegnemen van grenshindernissen voor burgers, bedrijven en overheden in de grensregio''s van België, Nederland en Luxemburg.'),
    (3, 'fr', 'Coopération transfrontalière', 'cooperation-transfrontaliere', 'La suppression des obstacles frontaliers pour les citoyens, les entreprises et les administrations des régions frontalières de la Belgique, des Pays-Bas et du Luxembourg.'),
    (3, 'en', 'Cross-border cooperation', 'cross-border-cooperation', 'Removing border obstacles for citizens, businesses and public authorities in the border regions of Belgium, the Netherlands and Luxembourg.'),
    (3, 'de', 'Grenzüberschreitende Zusammenarbeit', 'grenzueberschreitende-zusammenarbeit', 'Der Abbau von Grenzhindernissen für Bürgerinnen und Bürger, Unternehmen und Behörden in den Grenzregionen Belgiens, der Niederlande und Luxemburgs.'),
    (4, 'nl', 'Mobiliteit', 'mobiliteit', 'Vlot en duurzaam verkeer van personen en goederen tussen de drie Benelux-landen, over de weg, het spoor en het water.'),
    (4, 'fr', 'Mobilité', 'mobilite', 'Une circulation fluide et durable des personnes et des marchandises entre les trois pays du Benelux, par la route, le rail et les voies navigables.'),
    (4, 'en', 'Mobility', 'mobility', 'Smooth and sustainable movement of people and goods between the three Benelux countries by road, rail and waterway.'),
    (4, 'de', 'Mobilität', 'mobilitaet', 'Ein reibungsloser und nachhaltiger Personen- und Güterverkehr zwischen den drei Benelux-Ländern auf Straße, Schiene und Wasserweg.'),
    (5, 'nl', 'Interne markt en energie', 'interne-markt-en-energie', 'Een goed werkende gemeenschappelijke markt, de wederzijdse erkenning van kwalificaties en samenwerking voor een betrouwbare en duurzame energievoorziening.'),
    (5, 'fr', 'Marché intérieur et énergie', 'marche-interieur-et-energie', 'Un marché commun performant, la reconnaissance mutuelle des qualifications et une coopération au service d''un approvisionnement énergétique fiable et durable.'),
    (5, 'en', 'Internal market and energy', 'internal-market-and-energy', 'A well-functioning common market, mutual recognition of qualifications and cooperation for a reliable and sustainable energy supply.'),
    (5, 'de', 'Binnenmarkt und Energie', 'binnenmarkt-und-energie', 'Ein funktionierender gemeinsamer Markt, die gegenseitige Anerkennung von Qualifikationen und die Zusammenarbeit für eine sichere und nachhaltige Energieversorgung.');

-- 3. Articles (language-neutral part).
INSERT INTO article (id, theme_id, hero_image_id, publication_date, created_by, created_at, updated_at, version) VALUES
    (1, 5, NULL, '2019-03-19', 1, '2019-03-19 09:00:00', '2019-03-19 09:00:00', 0),
    (2, 4, NULL, '2019-09-24', 1, '2019-09-24 09:00:00', '2019-09-24 09:00:00', 0),
    (3, 1, NULL, '2019-10-18', 2, '2019-10-18 09:00:00', '2019-10-18 09:00:00', 0),
    (4, 5, NULL, '2020-02-11', 1, '2020-02-11 09:00:00', '2020-02-11 09:00:00', 0),
    (5, 3, NULL, '2020-04-21', 1, '2020-04-21 09:00:00', '2020-04-21 09:00:00', 0),
    (6, 4, NULL, '2020-09-22', 2, '2020-09-22 09:00:00', '2020-09-22 09:00:00', 0),
    (7, 2, NULL, '2020-11-05', 1, '2020-11-05 09:00:00', '2020-11-05 09:00:00', 0),
    (8, 3, NULL, '2021-01-26', 1, '2021-01-26 09:00:00', '2021-01-26 09:00:00', 0),
    (9, 1, NULL, '2021-07-30', 2, '2021-07-30 09:00:00', '2021-07-30 09:00:00', 0),
    (10, 3, NULL, '2021-09-01', 1, '2021-09-01 09:00:00', '2021-09-01 09:00:00', 0),
    (11, 3, NULL, '2021-09-14', 1, '2021-09-14 09:00:00', '2021-09-14 09:00:00', 0),
    (12, 2, NULL, '2021-09-15', 2, '2021-09-15 09:00:00', '2021-09-15 09:00:00', 0),
    (13, 5, NULL, '2022-03-29', 1, '2022-03-29 09:00:00', '2022-03-29 09:00:00', 0),
    (14, 2, NULL, '2022-10-06', 1, '2022-10-06 09:00:00', '2022-10-06 09:00:00', 0),
    (15, 1, NULL, '2023-01-24', 2, '2022-12-13 10:15:00', '2022-12-13 10:15:00', 0);

-- 4. Article versions, one INSERT per article.
-- Article 1 (2019-03-19): Benelux countries explore automatic recognition of secondary-school diplomas
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (1, 1, 'nl', 'Benelux onderzoekt automatische erkenning van diploma''s secundair onderwijs', 'benelux-onderzoekt-erkenning-diplomas-secundair-onderwijs',
     'Na de automatische erkenning van bachelor- en masterdiploma''s bekijken de drie landen of ook het einddiploma van de middelbare school zonder omwegen kan worden erkend.',
     'Leerlingen en studenten die tussen België, Nederland en Luxemburg verhuizen, moeten hun opleiding kunnen voortzetten zonder administratieve omwegen. Met dat doel hebben de onderwijsministeries van de drie landen het Benelux-Secretariaat-Generaal gevraagd een studie te coördineren naar de automatische erkenning van diploma''s van het secundair of voortgezet onderwijs.

Bachelor- en masterdiploma''s worden tussen de Benelux-landen al automatisch erkend. Wie in Leuven, Utrecht of Luxemburg afstudeert, hoeft dus geen aparte procedure meer te doorlopen om het niveau van zijn diploma te laten aanvaarden door een universiteit of werkgever in een buurland. Voor het einddiploma van de middelbare school ligt dat moeilijker: de onderwijsstelsels zijn verschillend opgebouwd en het diploma geeft onder uiteenlopende voorwaarden toegang tot het hoger onderwijs.

## Waar de studie naar kijkt

- de opbouw en inhoud van de laatste jaren van het secundair onderwijs in elk land
- de voorwaarden waaronder een diploma toegang geeft tot het hoger onderwijs
- de praktijkervaring van inschrijvingsdiensten in de grensregio''s

De eerste bevindingen worden tegen het einde van het jaar verwacht. Ze worden besproken met de bevoegde ministers, die vervolgens beslissen of een gezamenlijke Benelux-beschikking kan worden voorbereid.

Het initiatief maakt deel uit van de bredere Benelux-inspanning om hindernissen weg te nemen voor mensen die aan de ene kant van de grens wonen, studeren of werken en aan de andere kant hun wortels hebben. Elk jaar kiezen duizenden jongeren in de grensregio''s voor een school of hogeschool in een buurland.',
     'PUBLISHED', NULL, '2019-03-19 09:00:00', '2019-03-19 09:00:00', 0),
    (2, 1, 'fr', 'Le Benelux étudie la reconnaissance automatique des diplômes de l''enseignement secondaire', 'benelux-etudie-reconnaissance-diplomes-enseignement-secondaire',
     'Après la reconnaissance automatique des diplômes de bachelier et de master, les trois pays examinent si le certificat de fin d''études secondaires peut lui aussi être reconnu sans détour.',
     'Les élèves et les étudiants qui s''installent dans un autre pays du Benelux doivent pouvoir poursuivre leur parcours sans démarches administratives superflues. Dans cette optique, les ministères de l''Enseignement de la Belgique, des Pays-Bas et du Luxembourg ont chargé le Secrétariat général Benelux de coordonner une étude sur la reconnaissance automatique des diplômes de l''enseignement secondaire.

Les diplômes de bachelier et de master sont déjà reconnus automatiquement entre les pays du Benelux. Un diplômé de Louvain, d''Utrecht ou de Luxembourg n''a donc plus besoin d''une procédure distincte pour faire accepter le niveau de son diplôme par une université ou un employeur d''un pays voisin. Pour le certificat de fin d''études secondaires, la situation est plus complexe : les systèmes d''enseignement sont organisés différemment et le certificat donne accès à l''enseignement supérieur à des conditions variables.

## Les points examinés

- la structure et le contenu des dernières années de l''enseignement secondaire dans chaque pays
- les conditions d''accès à l''enseignement supérieur attachées au certificat
- l''expérience concrète des services d''inscription dans les régions frontalières

Les premières conclusions sont attendues d''ici la fin de l''année. Elles seront examinées avec les ministres compétents, qui décideront ensuite de l''opportunité de préparer une décision Benelux commune.

Cette initiative s''inscrit dans l''effort plus large du Benelux pour lever les obstacles auxquels se heurtent les personnes qui vivent, étudient ou travaillent d''un côté de la frontière tout en ayant leurs racines de l''autre. Chaque année, des milliers de jeunes des régions frontalières choisissent une école ou un établissement d''enseignement supérieur dans un pays voisin.',
     'PUBLISHED', NULL, '2019-03-19 09:00:00', '2019-03-19 09:00:00', 0),
    (3, 1, 'en', 'Benelux countries explore automatic recognition of secondary-school diplomas', 'benelux-explores-recognition-of-secondary-school-diplomas',
     'Following the automatic recognition of bachelor''s and master''s degrees, the three countries are examining whether school-leaving certificates could be recognised just as easily.',
     'Pupils and students who move between Belgium, the Netherlands and Luxembourg should be able to continue their education without administrative detours. With that aim in mind, the education ministries of the three countries have asked the Benelux General Secretariat to coordinate a study into the automatic recognition of secondary-school diplomas.

Bachelor''s and master''s degrees are already recognised automatically between the Benelux countries. A graduate from Leuven, Utrecht or Luxembourg therefore no longer needs a separate procedure to have the level of his or her degree accepted by a university or an employer in a neighbouring country. For school-leaving certificates the situation is less straightforward: the education systems are organised differently, and the certificates give access to higher education under different conditions.

## What the study will look at

- the structure and content of the final years of secondary education in each country
- the conditions under which a certificate gives access to higher education
- the practical experience of admission offices in the border regions

The first findings are expected by the end of the year. They will be discussed with the competent ministers, who will then decide whether a joint Benelux decision should be prepared.

The initiative is part of the wider Benelux effort to remove obstacles for people who live, study or work on one side of a border and have their roots on the other. Every year, thousands of young people in the border regions choose a school or a college in a neighbouring country.',
     'PUBLISHED', NULL, '2019-03-19 09:00:00', '2019-03-19 09:00:00', 0);

-- Article 2 (2019-09-24): Digital consignment note: Benelux pilot extended to more transport companies
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (4, 2, 'nl', 'Digitale vrachtbrief: Benelux-proef uitgebreid naar meer transportbedrijven', 'digitale-vrachtbrief-benelux-proef-uitgebreid',
     'Meer vervoerders kunnen voortaan een elektronische CMR-vrachtbrief gebruiken op trajecten tussen België, Nederland en Luxemburg. De drie landen verbreden hun gezamenlijke proefproject.',
     'Wegvervoerders die tussen België, Nederland en Luxemburg rijden, kunnen de papieren vrachtbrief steeds vaker achterwege laten. De drie landen hebben afgesproken hun gezamenlijke proef met de elektronische CMR-vrachtbrief uit te breiden naar een grotere groep transportbedrijven. Die vrachtbrief is het document dat goederen begeleidt die over de weg de grens overgaan.

Op de vrachtbrief staat wie de goederen verzendt, wie ze vervoert en wie ze in ontvangst neemt. Traditioneel is het een papieren formulier in meerdere exemplaren dat met de chauffeur meereist en bij elke stap wordt ondertekend. In de digitale versie worden dezelfde gegevens uitgewisseld via beveiligde toepassingen, en controlediensten kunnen ze ter plaatse nakijken met een tablet of smartphone.

De ervaringen uit de eerste fase van de proef zijn bemoedigend. Deelnemende bedrijven melden minder fouten, snellere facturatie en minder tijd kwijt aan archivering. De controlediensten van de drie landen hebben een gemeenschappelijke werkwijze uitgewerkt, zodat een digitale vrachtbrief die in het ene land wordt aanvaard, ook in de andere landen geldig is.

## Volgende stappen

De uitgebreide proef loopt tot eind 2020. In die periode verzamelt het Benelux-Secretariaat-Generaal de ervaringen van bedrijven en controlediensten en deelt het die met de andere lidstaten van de Europese Unie, die werken aan gemeenschappelijke regels voor elektronische vrachtinformatie.

Bedrijven die willen deelnemen, kunnen contact opnemen met de bevoegde overheid in hun eigen land. Een lijst van gecertificeerde softwareleveranciers is beschikbaar bij de nationale vervoersadministraties.',
     'PUBLISHED', NULL, '2019-09-24 09:00:00', '2019-09-24 09:00:00', 0),
    (5, 2, 'fr', 'Lettre de voiture numérique : le projet pilote Benelux s''ouvre à davantage de transporteurs', 'lettre-de-voiture-numerique-projet-pilote-benelux-elargi',
     'Davantage de transporteurs pourront utiliser une lettre de voiture CMR électronique entre la Belgique, les Pays-Bas et le Luxembourg. Les trois pays élargissent leur projet pilote commun.',
     'Les transporteurs routiers qui circulent entre la Belgique, les Pays-Bas et le Luxembourg peuvent de plus en plus souvent se passer de la lettre de voiture papier. Les trois pays ont convenu d''étendre à un plus grand nombre d''entreprises leur projet pilote commun consacré à la lettre de voiture CMR électronique, le document qui accompagne les marchandises transportées par route d''un pays à l''autre.

La lettre de voiture indique qui expédie les marchandises, qui les transporte et qui les réceptionne. Il s''agit traditionnellement d''un formulaire papier en plusieurs exemplaires, qui voyage avec le chauffeur et doit être signé à chaque étape. Dans sa version numérique, les mêmes données sont échangées au moyen d''applications sécurisées, et les services de contrôle peuvent les vérifier sur place à l''aide d''une tablette ou d''un smartphone.

Les enseignements de la première phase sont encourageants. Les entreprises participantes font état de moins d''erreurs, d''une facturation plus rapide et d''un archivage moins chronophage. Les services de contrôle des trois pays ont mis au point une approche commune, de sorte qu''une lettre de voiture numérique acceptée dans un pays l''est également dans les deux autres.

## Prochaines étapes

Le projet pilote élargi se poursuivra jusqu''à la fin de 2020. Pendant cette période, le Secrétariat général Benelux recueillera l''expérience des entreprises et des services de contrôle et la partagera avec les autres États membres de l''Union européenne, qui préparent des règles communes sur les informations électroniques relatives au transport de marchandises.

Les entreprises intéressées peuvent s''adresser à l''autorité compétente de leur pays. Une liste des fournisseurs de logiciels certifiés est disponible auprès des administrations nationales des transports.',
     'PUBLISHED', NULL, '2019-09-24 09:00:00', '2019-09-24 09:00:00', 0),
    (6, 2, 'en', 'Digital consignment note: Benelux pilot extended to more transport companies', 'digital-consignment-note-benelux-pilot-extended',
     'More hauliers will be able to use an electronic CMR consignment note on routes between Belgium, the Netherlands and Luxembourg, as the three countries broaden their joint pilot.',
     'Road hauliers operating between Belgium, the Netherlands and Luxembourg can increasingly leave the paper consignment note behind. The three countries have agreed to extend their joint pilot with the electronic CMR consignment note, the document that accompanies goods carried by road across borders, to a larger group of transport companies.

The consignment note records who sends the goods, who carries them and who receives them. Traditionally it is a paper form in several copies that travels with the driver and is signed at every stage. In its digital version, the same information is exchanged through secure applications, and inspection services can check it on the spot with a tablet or smartphone.

Experience from the first phase of the pilot is encouraging. Participating companies report fewer errors, faster invoicing and less time spent on archiving. The inspection services of the three countries have developed a common approach, so that a digital consignment note accepted in one country is also accepted in the other two.

## Next steps

The extended pilot will run until the end of 2020. During that period, the Benelux General Secretariat will collect the experience of companies and inspection services and share it with the other member states of the European Union, which are preparing common rules on electronic freight transport information.

Companies interested in taking part can contact the competent authority in their own country. A list of certified software providers is available from the national transport administrations.',
     'PUBLISHED', NULL, '2019-09-24 09:00:00', '2019-09-24 09:00:00', 0);

-- Article 3 (2019-10-18): Benelux ministers sign joint declaration against human trafficking
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (7, 3, 'nl', 'Benelux-ministers ondertekenen gezamenlijke verklaring tegen mensenhandel', 'benelux-ministers-ondertekenen-verklaring-tegen-mensenhandel',
     'De bevoegde ministers van België, Nederland en Luxemburg zeggen slachtoffers betere bescherming toe en willen nauwer samenwerken met alle betrokken diensten en organisaties.',
     'Naar aanleiding van de Europese Dag tegen Mensenhandel hebben de bevoegde ministers van België, Nederland en Luxemburg een gezamenlijke Benelux-verklaring over de bestrijding van mensenhandel ondertekend. De tekst bevestigt dat de drie buurlanden deze misdaad samen willen aanpakken, van de eerste signalen van uitbuiting tot de veroordeling van de daders.

De verklaring bevat concrete afspraken om de bescherming van slachtoffers te verbeteren. Wie in het ene Benelux-land wordt uitgebuit en in een ander land terechtkomt, moet kunnen rekenen op dezelfde kwaliteit van opvang, begeleiding en informatie, ongeacht waar de uitbuiting het eerst aan het licht kwam.

## Meer uitwisseling tussen buren

De ministers spraken ook af de samenwerking te versterken door regelmatig goede praktijken en nieuwe tendensen uit te wisselen. Mensenhandelaars passen hun werkwijze snel aan, bijvoorbeeld door slachtoffers online te ronselen of ze binnen enkele dagen van het ene naar het andere land te verplaatsen. Overheden die hun ervaringen vergelijken, kunnen sneller op zulke ontwikkelingen inspelen.

Geen enkele dienst kan dit alleen. Beleidsmakers, parketten, politiediensten, maatschappelijk werkers en niet-gouvernementele organisaties hebben elk een deel van het beeld in handen. Pas als zij hun kennis bundelen, krijgen slachtoffers snel de hulp die ze nodig hebben.

Het Benelux-Secretariaat-Generaal vertaalt de afspraken in een werkprogramma en brengt de betrokken deskundigen uit de drie landen geregeld samen. Over de voortgang wordt aan de ministers gerapporteerd.',
     'PUBLISHED', NULL, '2019-10-18 09:00:00', '2019-10-18 09:00:00', 0),
    (8, 3, 'fr', 'Les ministres du Benelux signent une déclaration commune contre la traite des êtres humains', 'ministres-benelux-signent-declaration-contre-la-traite',
     'Les ministres compétents de Belgique, des Pays-Bas et du Luxembourg s''engagent à mieux protéger les victimes et à resserrer la coopération entre les autorités et les organisations concernées.',
     'À l''occasion de la Journée européenne de lutte contre la traite des êtres humains, les ministres compétents de la Belgique, des Pays-Bas et du Luxembourg ont signé une déclaration Benelux commune sur la lutte contre ce phénomène. Le texte confirme la volonté des trois pays voisins de combattre ensemble ce crime, depuis les premiers signes d''exploitation jusqu''à la condamnation des auteurs.

La déclaration comporte des engagements concrets pour améliorer la protection des victimes. Une personne exploitée dans un pays du Benelux et qui se retrouve dans un autre doit pouvoir compter sur la même qualité d''hébergement, d''accompagnement et d''information, quel que soit l''endroit où l''exploitation a été détectée en premier lieu.

## Davantage d''échanges entre voisins

Les ministres sont également convenus de renforcer la coopération en partageant régulièrement les bonnes pratiques et les nouvelles tendances. Les trafiquants adaptent rapidement leurs méthodes, par exemple en recrutant leurs victimes en ligne ou en les déplaçant d''un pays à l''autre en quelques jours. Les autorités qui confrontent leurs expériences peuvent réagir plus tôt à ces évolutions.

Aucun service ne peut agir seul. Responsables politiques, parquets, services de police, travailleurs sociaux et organisations non gouvernementales détiennent chacun une partie des informations. Ce n''est qu''en mettant leurs connaissances en commun qu''ils peuvent offrir rapidement aux victimes l''aide dont elles ont besoin.

Le Secrétariat général Benelux traduira ces engagements en un programme de travail et réunira régulièrement les experts concernés des trois pays. Les ministres seront tenus informés des progrès accomplis.',
     'PUBLISHED', NULL, '2019-10-18 09:00:00', '2019-10-18 09:00:00', 0),
    (9, 3, 'en', 'Benelux ministers sign joint declaration against human trafficking', 'benelux-ministers-sign-declaration-against-human-trafficking',
     'The competent ministers of Belgium, the Netherlands and Luxembourg commit to better protection for victims and closer cooperation between all the services and organisations involved.',
     'On the occasion of the European Anti-Trafficking Day, the competent ministers of Belgium, the Netherlands and Luxembourg have signed a joint Benelux declaration on the fight against trafficking in human beings. The text confirms that the three neighbouring countries intend to tackle this crime together, from the first signs of exploitation to the conviction of the offenders.

The declaration contains concrete commitments to improve the protection of victims. Anyone who is exploited in one Benelux country and ends up in another must be able to count on the same quality of shelter, support and information, regardless of where the exploitation first came to light.

## More exchange between neighbours

The ministers also agreed to strengthen cooperation by regularly sharing good practices and new trends. Traffickers adapt their methods quickly, for example by recruiting victims online or by moving them from one country to another within days. Authorities that compare their experiences can respond to such developments sooner.

No single service can do this alone. Policymakers, public prosecutors, police services, social workers and non-governmental organisations each hold part of the picture. Only when they pool their knowledge can victims quickly get the help they need.

The Benelux General Secretariat will translate the commitments into a work programme and bring the relevant experts from the three countries together on a regular basis. Progress will be reported to the ministers.',
     'PUBLISHED', NULL, '2019-10-18 09:00:00', '2019-10-18 09:00:00', 0);

-- Article 4 (2020-02-11): Pentalateraal Energieforum zet eerste stappen rond waterstof
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (10, 4, 'nl', 'Pentalateraal Energieforum zet eerste stappen rond waterstof', 'pentalateraal-energieforum-eerste-stappen-waterstof',
     'Deskundigen uit zeven landen kwamen in Brussel samen om te onderzoeken hoe waterstof kan bijdragen aan een betrouwbaar en klimaatneutraal energiesysteem in Noordwest-Europa.',
     'In het Benelux-huis in Brussel kwamen deze week energiedeskundigen samen uit de zeven landen van het Pentalateraal Energieforum: België, Nederland, Luxemburg, Duitsland, Frankrijk, Oostenrijk en Zwitserland. Op de agenda stond de vraag welke rol waterstof kan spelen in een energiesysteem dat tegen het midden van de eeuw klimaatneutraal moet zijn.

De Benelux-landen werken al sinds 2005 in dit forum samen met hun buren om hun elektriciteitsmarkten beter op elkaar af te stemmen en de leveringszekerheid te versterken. Het Benelux-Secretariaat-Generaal verzorgt het secretariaat van het forum.

Waterstof staat in alle deelnemende landen hoog op de agenda, maar de nationale plannen lopen nog sterk uiteen. De deskundigen wisselden gegevens uit over de verwachte vraag vanuit de industrie, de mogelijkheden om bestaande gasleidingen te hergebruiken en de voorwaarden voor grensoverschrijdende handel in waterstof.

## Gezamenlijke analyse

Afgesproken werd om de komende maanden een gezamenlijke analyse op te stellen. Die moet in kaart brengen waar de nationale strategieën elkaar kunnen versterken en waar afstemming nodig is, bijvoorbeeld bij technische normen en bij de certificering van groene waterstof.

De resultaten worden voorgelegd aan de energieministers van de zeven landen, die later dit jaar bijeenkomen. Zij kunnen dan beslissen over verdere gezamenlijke stappen.',
     'PUBLISHED', NULL, '2020-02-11 09:00:00', '2020-02-11 09:00:00', 0),
    (11, 4, 'fr', 'Le Forum pentalatéral de l''énergie fait ses premiers pas sur l''hydrogène', 'forum-pentalateral-energie-premiers-pas-hydrogene',
     'Des experts de sept pays se sont réunis à Bruxelles pour examiner comment l''hydrogène peut contribuer à un système énergétique fiable et neutre pour le climat dans le nord-ouest de l''Europe.',
     'Des experts de l''énergie venus des sept pays du Forum pentalatéral de l''énergie se sont réunis cette semaine à la maison Benelux, à Bruxelles : la Belgique, les Pays-Bas, le Luxembourg, l''Allemagne, la France, l''Autriche et la Suisse. Une question était à l''ordre du jour : quel rôle l''hydrogène peut-il jouer dans un système énergétique appelé à devenir neutre pour le climat d''ici le milieu du siècle ?

Depuis 2005, les pays du Benelux coopèrent au sein de ce forum avec leurs voisins afin de mieux harmoniser leurs marchés de l''électricité et de renforcer la sécurité d''approvisionnement. Le Secrétariat général Benelux en assure le secrétariat.

L''hydrogène figure en bonne place dans l''agenda de tous les pays participants, mais les plans nationaux restent très divers. Les experts ont échangé des données sur la demande attendue de l''industrie, sur les possibilités de réutiliser les gazoducs existants et sur les conditions d''un commerce transfrontalier de l''hydrogène.

## Une analyse commune

Il a été convenu d''élaborer une analyse commune au cours des prochains mois. Celle-ci devra déterminer dans quels domaines les stratégies nationales peuvent se renforcer mutuellement et où une coordination s''impose, par exemple pour les normes techniques et la certification de l''hydrogène vert.

Les résultats seront soumis aux ministres de l''Énergie des sept pays, qui se réuniront dans le courant de l''année. Ils pourront alors se prononcer sur de nouvelles étapes communes.',
     'PUBLISHED', NULL, '2020-02-11 09:00:00', '2020-02-11 09:00:00', 0);

-- Article 5 (2020-04-21): Coronavirus: Benelux countries coordinate to keep frontier workers on the move
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (12, 5, 'nl', 'Coronavirus: Benelux-landen stemmen af zodat grensarbeiders kunnen blijven werken', 'coronavirus-benelux-afstemming-grensarbeiders',
     'Pendelaars kunnen de grens blijven oversteken, en thuiswerkdagen door de crisismaatregelen veranderen voorlopig niets aan de fiscale of sociale situatie van grensarbeiders.',
     'De coronapandemie raakt rechtstreeks de tienduizenden mensen die dagelijks een Benelux-grens oversteken om te gaan werken. Om de gevolgen voor hen te beperken, hebben de regeringen van België, Nederland en Luxemburg hun onderlinge afstemming de voorbije weken opgevoerd. Het Benelux-Secretariaat-Generaal treedt daarbij op als aanspreekpunt tussen de nationale crisisteams.

Grensarbeiders kunnen blijven reizen tussen de drie landen. Het is aan te raden een attest van de werkgever bij zich te hebben, omdat dat controles in de buurlanden vergemakkelijkt. Werknemers in essentiële sectoren, zoals de zorg, de voedselvoorziening en de logistiek, krijgen voorrang waar gecontroleerd wordt.

## Thuiswerken

Veel grensarbeiders werken op dit moment thuis, op vraag van hun werkgever of van de overheid. Normaal kan het werken van een groot aantal dagen buiten het werkland gevolgen hebben voor de plaats waar inkomstenbelasting verschuldigd is of voor het socialezekerheidsstelsel dat van toepassing is. De betrokken landen hebben afgesproken dat thuiswerkdagen als gevolg van de crisismaatregelen voorlopig niet tot zulke wijzigingen leiden.

Het Benelux-Secretariaat-Generaal bundelt de vragen die burgers en werkgevers aan de nationale informatiepunten stellen. Terugkerende knelpunten worden meteen doorgegeven aan de bevoegde ministeries, zodat snel oplossingen kunnen worden gevonden die aan beide kanten van de grens op dezelfde manier worden gecommuniceerd.

Actuele informatie is te vinden bij de nationale overheden en de grensinfopunten. De afspraken worden herzien naarmate de gezondheidssituatie evolueert.',
     'PUBLISHED', NULL, '2020-04-21 09:00:00', '2020-04-21 09:00:00', 0),
    (13, 5, 'fr', 'Coronavirus : coordination Benelux pour les travailleurs frontaliers', 'coronavirus-coordination-benelux-travailleurs-frontaliers',
     'Les navetteurs peuvent continuer à franchir la frontière, et les jours de télétravail liés aux mesures de crise ne modifient pas, pour l''instant, la situation fiscale ou sociale des frontaliers.',
     'La pandémie de coronavirus touche directement les dizaines de milliers de personnes qui franchissent chaque jour une frontière du Benelux pour se rendre au travail. Afin d''en limiter les conséquences pour elles, les gouvernements de la Belgique, des Pays-Bas et du Luxembourg ont intensifié leur coordination au cours des dernières semaines. Le Secrétariat général Benelux sert de point de contact entre les cellules de crise nationales.

Les travailleurs frontaliers peuvent continuer à se déplacer entre les trois pays. Il est recommandé de se munir d''une attestation de l''employeur, qui facilite les contrôles dans les pays voisins. Les travailleurs des secteurs essentiels, comme les soins de santé, l''approvisionnement alimentaire et la logistique, sont prioritaires là où des contrôles sont effectués.

## Télétravail

De nombreux frontaliers travaillent actuellement depuis leur domicile, à la demande de leur employeur ou des autorités. En temps normal, un nombre élevé de jours prestés en dehors du pays d''emploi peut avoir une incidence sur le lieu d''imposition des revenus ou sur le régime de sécurité sociale applicable. Les pays concernés sont convenus que les jours de télétravail imposés par les mesures de crise n''entraînent pas de tels changements pour l''instant.

Le Secrétariat général Benelux rassemble les questions que les citoyens et les employeurs adressent aux points d''information nationaux. Les problèmes récurrents sont transmis sans délai aux ministères compétents, afin que des solutions puissent être trouvées rapidement et communiquées de la même manière des deux côtés de la frontière.

Des informations actualisées sont disponibles auprès des autorités nationales et des points d''information frontaliers. Les dispositions seront réexaminées en fonction de l''évolution de la situation sanitaire.',
     'PUBLISHED', NULL, '2020-04-21 09:00:00', '2020-04-21 09:00:00', 0),
    (14, 5, 'en', 'Coronavirus: Benelux countries coordinate to keep frontier workers on the move', 'coronavirus-benelux-coordination-frontier-workers',
     'Borders remain open to commuters, and days worked from home because of the crisis measures will not, for now, change the tax or social security position of frontier workers.',
     'The coronavirus pandemic directly affects the tens of thousands of people who cross a Benelux border every day to go to work. To limit the consequences for them, the governments of Belgium, the Netherlands and Luxembourg have stepped up their coordination in recent weeks. The Benelux General Secretariat acts as a point of contact between the national crisis teams.

Frontier workers can continue to travel between the three countries. Carrying a certificate from the employer is recommended, as it makes checks in the neighbouring countries easier. Workers in essential sectors such as health care, food supply and logistics are given priority wherever checks are carried out.

## Working from home

Many frontier workers are currently working from home at the request of their employer or the authorities. Normally, working a large number of days outside the country of employment can affect where income tax is due or which social security system applies. The countries concerned have agreed that days worked from home because of the crisis measures will not lead to such changes for the time being.

The Benelux General Secretariat collects the questions that citizens and employers put to the national information points. Recurring problems are passed on immediately to the competent ministries, so that solutions can be found quickly and communicated in the same way on both sides of the border.

Up-to-date information is available from the national authorities and the border information points. The arrangements will be reviewed as the health situation develops.',
     'PUBLISHED', NULL, '2020-04-21 09:00:00', '2020-04-21 09:00:00', 0),
    (15, 5, 'de', 'Coronavirus: Benelux-Länder stimmen sich für Grenzpendler ab', 'coronavirus-benelux-abstimmung-grenzpendler',
     'Pendler können die Grenze weiterhin überqueren, und krisenbedingte Tage im Homeoffice ändern vorerst nichts an der steuerlichen oder sozialversicherungsrechtlichen Lage von Grenzgängern.',
     'Die Coronapandemie betrifft unmittelbar die Zehntausenden Menschen, die täglich eine Benelux-Grenze überqueren, um zur Arbeit zu fahren. Um die Folgen für sie zu begrenzen, haben die Regierungen Belgiens, der Niederlande und Luxemburgs ihre Abstimmung in den vergangenen Wochen verstärkt. Das Benelux-Generalsekretariat dient dabei als Anlaufstelle zwischen den nationalen Krisenstäben.

Grenzgänger können weiterhin zwischen den drei Ländern reisen. Es wird empfohlen, eine Bescheinigung des Arbeitgebers mitzuführen, da sie Kontrollen in den Nachbarländern erleichtert. Beschäftigte in systemrelevanten Bereichen wie dem Gesundheitswesen, der Lebensmittelversorgung und der Logistik haben Vorrang, wo kontrolliert wird.

## Arbeiten von zu Hause

Viele Grenzgänger arbeiten derzeit auf Wunsch ihres Arbeitgebers oder der Behörden von zu Hause aus. Normalerweise kann eine größere Zahl von Arbeitstagen außerhalb des Beschäftigungslandes Auswirkungen darauf haben, wo die Einkommensteuer fällig wird oder welches System der sozialen Sicherheit gilt. Die betroffenen Länder haben vereinbart, dass Tage im Homeoffice, die auf die Krisenmaßnahmen zurückgehen, vorerst nicht zu solchen Änderungen führen.

Das Benelux-Generalsekretariat bündelt die Fragen, die Bürgerinnen, Bürger und Arbeitgeber an die nationalen Informationsstellen richten. Wiederkehrende Probleme werden unmittelbar an die zuständigen Ministerien weitergeleitet, damit rasch Lösungen gefunden und auf beiden Seiten der Grenze einheitlich kommuniziert werden können.

Aktuelle Informationen erhalten Sie bei den nationalen Behörden und den Grenzinfopunkten. Die Regelungen werden entsprechend der gesundheitlichen Lage überprüft.',
     'PUBLISHED', NULL, '2020-04-21 09:00:00', '2020-04-21 09:00:00', 0);

-- Article 6 (2020-09-22): Grensoverschrijdend openbaar vervoer: Benelux brengt knelpunten bij tickets in kaart
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (16, 6, 'nl', 'Grensoverschrijdend openbaar vervoer: Benelux brengt knelpunten bij tickets in kaart', 'grensoverschrijdend-openbaar-vervoer-knelpunten-tickets',
     'Wie met bus of trein de grens oversteekt, heeft vaak meerdere vervoerbewijzen nodig. Een nieuwe Benelux-studie zet de belangrijkste hindernissen op een rij en doet voorstellen.',
     'Een treinrit van Maastricht naar Luik of een busrit van Aarlen naar Luxemburg-stad duurt vaak niet langer dan een halfuur. Toch moeten reizigers op zulke korte grensoverschrijdende trajecten nog geregeld meerdere tickets kopen, tarieven vergelijken of met verschillende apps werken. Een studie die het Benelux-Secretariaat-Generaal vandaag publiceert, brengt die knelpunten systematisch in kaart.

Voor de studie werden vervoersmaatschappijen, regionale overheden en reizigersorganisaties uit de drie landen bevraagd. Daaruit blijkt dat de dienstregelingen over de grens heen meestal goed op elkaar aansluiten, maar dat de verkoop van vervoerbewijzen achterblijft. Nationale betaalsystemen en abonnementen zijn zelden op elkaar afgestemd.

## Voorstellen

- grensoverschrijdende trajecten opnemen in de nationale reisplanners en ticketingsystemen
- een gezamenlijk tarief uitwerken voor de drukste pendelverbindingen
- contactloos betalen met een bankkaart aanbieden op alle grensoverschrijdende buslijnen
- reizigers duidelijk informeren over welke abonnementen aan de andere kant van de grens geldig zijn

De voorstellen worden deze herfst besproken met de bevoegde ministeries en vervoersmaatschappijen. Waar mogelijk worden ze eerst op enkele proeflijnen getest.

De studie sluit aan bij de inspanningen van de Benelux-landen om het openbaar vervoer een aantrekkelijk alternatief voor de auto te maken, ook voor de vele pendelaars die dagelijks in een buurland werken.',
     'PUBLISHED', NULL, '2020-09-22 09:00:00', '2020-09-22 09:00:00', 0),
    (17, 6, 'fr', 'Transports publics transfrontaliers : le Benelux recense les obstacles en matière de billets', 'transports-publics-transfrontaliers-obstacles-billets',
     'Franchir la frontière en bus ou en train exige souvent plusieurs titres de transport. Une nouvelle étude Benelux dresse la liste des principaux obstacles et formule des propositions.',
     'Un trajet en train de Maastricht à Liège ou en bus d''Arlon à Luxembourg-Ville dure souvent moins d''une demi-heure. Pourtant, sur ces courtes liaisons transfrontalières, les voyageurs doivent encore régulièrement acheter plusieurs billets, comparer les tarifs ou jongler avec différentes applications. Une étude publiée aujourd''hui par le Secrétariat général Benelux recense ces obstacles de manière systématique.

Les sociétés de transport, les autorités régionales et les associations de voyageurs des trois pays ont été consultées. Il en ressort que les horaires sont généralement bien coordonnés de part et d''autre de la frontière, mais que la vente des titres de transport ne suit pas. Les systèmes de paiement et les abonnements nationaux sont rarement compatibles.

## Propositions

- intégrer les trajets transfrontaliers dans les planificateurs d''itinéraires et les systèmes de billetterie nationaux
- élaborer un tarif commun pour les liaisons domicile-travail les plus fréquentées
- proposer le paiement sans contact par carte bancaire sur toutes les lignes de bus transfrontalières
- informer clairement les voyageurs des abonnements valables de l''autre côté de la frontière

Ces propositions seront examinées cet automne avec les ministères compétents et les sociétés de transport. Dans la mesure du possible, elles seront d''abord testées sur quelques lignes pilotes.

L''étude s''inscrit dans les efforts des pays du Benelux pour faire des transports publics une alternative attrayante à la voiture, y compris pour les nombreux navetteurs qui travaillent chaque jour dans un pays voisin.',
     'PUBLISHED', NULL, '2020-09-22 09:00:00', '2020-09-22 09:00:00', 0);

-- Article 7 (2020-11-05): Benelux crisis centres draw first lessons from the pandemic
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (18, 7, 'nl', 'Benelux-crisiscentra trekken eerste lessen uit de pandemie', 'benelux-crisiscentra-eerste-lessen-pandemie',
     'Tijdens een online overleg bespraken de nationale crisiscentra van de drie landen wat goed werkte in hun samenwerking tijdens de eerste golf en waar het beter kan.',
     'De leidinggevenden van de nationale crisiscentra van België, Nederland en Luxemburg kwamen deze week online samen met vertegenwoordigers van het Benelux-Secretariaat-Generaal. Ze maakten de balans op van hun samenwerking tijdens de eerste golf van de coronapandemie. Het doel: lessen trekken die meteen bruikbaar zijn, nu de besmettingscijfers opnieuw stijgen.

De deelnemers waren het erover eens dat de rechtstreekse lijnen tussen de crisiscentra hun waarde hebben bewezen. In het voorjaar werden maatregelen snel na elkaar aangekondigd, soms met slechts enkele uren voorbereidingstijd. Omdat de centra elkaar waar mogelijk vooraf informeerden, werden grensgemeenten en hulpdiensten minder vaak verrast.

## Verbeterpunten

Tegelijk kwamen enkele punten naar voren die aandacht vragen:

- ontwerpmaatregelen die gevolgen hebben voor grensregio''s vroeger delen, zodat buurlanden zich kunnen voorbereiden
- de informatie aan burgers en bedrijven in grensgebieden beter op elkaar afstemmen
- vooraf afspreken hoe patiënten tussen ziekenhuizen in de drie landen kunnen worden overgebracht als de capaciteit onder druk komt te staan

De crisiscentra werken deze punten de komende weken verder uit. Zodra de gezondheidssituatie het toelaat, volgt een gezamenlijke oefening.

De Benelux-landen werken al lang samen op het gebied van crisisbeheer. De pandemie heeft laten zien dat die samenwerking onderhouden en getest moet worden, ook in periodes zonder noodsituatie.',
     'PUBLISHED', NULL, '2020-11-05 09:00:00', '2020-11-05 09:00:00', 0),
    (19, 7, 'fr', 'Les centres de crise du Benelux tirent les premières leçons de la pandémie', 'centres-de-crise-benelux-premieres-lecons-pandemie',
     'Lors d''une réunion en ligne, les centres de crise nationaux des trois pays ont examiné ce qui a bien fonctionné dans leur coopération pendant la première vague et ce qui peut être amélioré.',
     'Les responsables des centres de crise nationaux de la Belgique, des Pays-Bas et du Luxembourg se sont réunis en ligne cette semaine avec des représentants du Secrétariat général Benelux. Ils ont dressé le bilan de leur coopération pendant la première vague de la pandémie de coronavirus. Objectif : tirer des enseignements immédiatement applicables, alors que le nombre de contaminations repart à la hausse.

Les participants ont constaté que les lignes directes entre les centres de crise ont prouvé leur utilité. Au printemps, les mesures ont été annoncées en succession rapide, parfois avec quelques heures de préavis seulement. Comme les centres s''informaient mutuellement à l''avance dans la mesure du possible, les communes frontalières et les services de secours ont moins souvent été pris au dépourvu.

## Points à améliorer

La réunion a également mis en évidence plusieurs points qui méritent attention :

- partager plus tôt les projets de mesures ayant des effets sur les régions frontalières, afin que les pays voisins puissent s''y préparer
- mieux harmoniser l''information destinée aux citoyens et aux entreprises des zones frontalières
- convenir à l''avance des modalités de transfert de patients entre les hôpitaux des trois pays si les capacités venaient à être saturées

Les centres de crise approfondiront ces points au cours des prochaines semaines. Un exercice commun est prévu dès que la situation sanitaire le permettra.

Les pays du Benelux coopèrent de longue date en matière de gestion de crise. La pandémie a montré que cette coopération doit être entretenue et mise à l''épreuve, y compris en dehors des situations d''urgence.',
     'PUBLISHED', NULL, '2020-11-05 09:00:00', '2020-11-05 09:00:00', 0),
    (20, 7, 'en', 'Benelux crisis centres draw first lessons from the pandemic', 'benelux-crisis-centres-first-lessons-pandemic',
     'At an online meeting, the national crisis centres of the three countries discussed what worked well in their cooperation during the first wave and where improvements are needed.',
     'The heads of the national crisis centres of Belgium, the Netherlands and Luxembourg met online this week with representatives of the Benelux General Secretariat. They took stock of their cooperation during the first wave of the coronavirus pandemic. The aim was to identify lessons that can be put into practice straight away, now that infection figures are rising again.

Participants agreed that the direct lines between the crisis centres had proved their value. In the spring, measures were announced in quick succession, sometimes with only a few hours'' notice. Because the centres informed one another in advance wherever possible, border municipalities and emergency services were less often taken by surprise.

## Points for improvement

At the same time, the meeting identified several issues that need attention:

- sharing draft measures that affect border regions earlier, so that neighbouring countries can prepare
- aligning the information given to citizens and businesses in border areas
- agreeing in advance how patients can be transferred between hospitals in the three countries if capacity comes under pressure

The crisis centres will work out these points in the coming weeks. A joint exercise will follow as soon as the health situation allows.

The Benelux countries have cooperated on crisis management for many years. The pandemic has shown that this cooperation needs to be maintained and tested, including in periods without an emergency.',
     'PUBLISHED', NULL, '2020-11-05 09:00:00', '2020-11-05 09:00:00', 0);

-- Article 8 (2021-01-26): New Benelux multiannual plan 2021–2024: three priorities for the years ahead
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (21, 8, 'nl', 'Nieuw Benelux-meerjarenplan 2021–2024: drie prioriteiten voor de komende jaren', 'benelux-meerjarenplan-2021-2024',
     'Het gezamenlijke plan van de drie regeringen richt zich op de interne markt en economische samenwerking, duurzame ontwikkeling, en justitie en binnenlandse zaken.',
     'België, Nederland en Luxemburg hebben hun gezamenlijke ambities voor de komende vier jaar vastgelegd in een nieuw Benelux-meerjarenplan. Het plan bestrijkt de periode 2021–2024 en vormt de basis voor de jaarlijkse werkprogramma''s van de Benelux-Unie en het Benelux-Secretariaat-Generaal.

De drie regeringen kiezen ervoor hun samenwerking toe te spitsen op drie brede domeinen waarin buurlanden samen meer kunnen bereiken dan elk afzonderlijk:

- **interne markt en economische unie**, waaronder het wegnemen van hindernissen voor grensarbeiders, bedrijven en studenten
- **duurzame ontwikkeling**, waaronder energie, klimaat, mobiliteit en de circulaire economie
- **justitie en binnenlandse zaken**, waaronder politiesamenwerking, crisisbeheer en de bestrijding van mensenhandel

De pandemie van het afgelopen jaar loopt als een rode draad door het plan. Ze toonde hoe nauw het dagelijks leven van mensen in de grensregio''s met elkaar verweven is, en hoe snel gesloten grenzen of niet-afgestemde maatregelen dat leven kunnen verstoren. Het plan besteedt daarom uitdrukkelijk aandacht aan de weerbaarheid van de grensoverschrijdende samenwerking in crisistijd.

De Benelux-Unie wil ook een proeftuin voor Europa blijven. Oplossingen die tussen drie buurlanden werken, kunnen als voorbeeld dienen voor de hele Europese Unie, zoals in het verleden gebeurde met de afschaffing van de controles aan de binnengrenzen.

Over de voortgang wordt jaarlijks gerapporteerd aan het Benelux-Comité van Ministers en aan het Benelux-Parlement.',
     'PUBLISHED', NULL, '2021-01-26 09:00:00', '2021-01-26 09:00:00', 0),
    (22, 8, 'fr', 'Nouveau plan pluriannuel Benelux 2021–2024 : trois priorités pour les années à venir', 'plan-pluriannuel-benelux-2021-2024',
     'Le plan commun des trois gouvernements est axé sur le marché intérieur et la coopération économique, le développement durable, ainsi que la justice et les affaires intérieures.',
     'La Belgique, les Pays-Bas et le Luxembourg ont fixé leurs ambitions communes pour les quatre prochaines années dans un nouveau plan pluriannuel Benelux. Couvrant la période 2021–2024, ce plan sert de base aux programmes de travail annuels de l''Union Benelux et du Secrétariat général Benelux.

Les trois gouvernements ont choisi de concentrer leur coopération sur trois grands domaines dans lesquels des pays voisins peuvent accomplir davantage ensemble que séparément :

- **marché intérieur et union économique**, notamment la suppression des obstacles pour les travailleurs frontaliers, les entreprises et les étudiants
- **développement durable**, notamment l''énergie, le climat, la mobilité et l''économie circulaire
- **justice et affaires intérieures**, notamment la coopération policière, la gestion de crise et la lutte contre la traite des êtres humains

La pandémie de l''année écoulée traverse le plan comme un fil rouge. Elle a montré à quel point la vie quotidienne des habitants des régions frontalières est imbriquée, et à quelle vitesse la fermeture des frontières ou des mesures non coordonnées peuvent la perturber. Le plan accorde donc une attention particulière à la résilience de la coopération transfrontalière en temps de crise.

L''Union Benelux entend également rester un laboratoire pour l''Europe. Les solutions qui fonctionnent entre trois pays voisins peuvent servir d''exemple à l''ensemble de l''Union européenne, comme ce fut le cas par le passé avec la suppression des contrôles aux frontières intérieures.

Les progrès feront l''objet d''un rapport annuel au Comité de ministres Benelux et au Parlement Benelux.',
     'PUBLISHED', NULL, '2021-01-26 09:00:00', '2021-01-26 09:00:00', 0),
    (23, 8, 'en', 'New Benelux multiannual plan 2021–2024: three priorities for the years ahead', 'benelux-multiannual-plan-2021-2024',
     'The joint plan of the three governments focuses on the internal market and economic cooperation, sustainable development, and justice and home affairs.',
     'Belgium, the Netherlands and Luxembourg have set out their joint ambitions for the next four years in a new Benelux multiannual plan. Covering the period 2021–2024, the plan forms the basis for the annual work programmes of the Benelux Union and the Benelux General Secretariat.

The three governments have chosen to concentrate their cooperation on three broad areas in which neighbouring countries can achieve more together than alone:

- **internal market and economic union**, including the removal of obstacles for frontier workers, businesses and students
- **sustainable development**, including energy, climate, mobility and the circular economy
- **justice and home affairs**, including police cooperation, crisis management and the fight against human trafficking

The pandemic of the past year runs like a thread through the plan. It showed how closely the daily lives of people in the border regions are intertwined, and how quickly closed borders or uncoordinated measures can disrupt them. The plan therefore pays explicit attention to the resilience of cross-border cooperation in times of crisis.

The Benelux Union also intends to remain a testing ground for Europe. Solutions that work between three neighbouring countries can serve as an example for the European Union as a whole, as happened in the past with the abolition of checks at internal borders.

Progress will be reported every year to the Benelux Committee of Ministers and the Benelux Parliament.',
     'PUBLISHED', NULL, '2021-01-26 09:00:00', '2021-01-26 09:00:00', 0);

-- Article 9 (2021-07-30): World Day against Trafficking in Persons: neighbours must join forces
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (24, 9, 'nl', 'Werelddag tegen mensenhandel: buurlanden moeten samen optrekken', 'werelddag-tegen-mensenhandel-2021',
     'Mensenhandel houdt niet op aan de landsgrens. Op deze Werelddag herinnert de Benelux-Unie eraan waarom nauwe samenwerking tussen België, Nederland en Luxemburg onmisbaar blijft.',
     'Uitbuiting in de prostitutie, in de bouw, in de land- en tuinbouw of in privéhuishoudens: mensenhandel neemt vele vormen aan en komt ook in België, Nederland en Luxemburg voor. Onder de slachtoffers zijn volwassenen, maar ook kinderen, die extra kwetsbaar zijn voor uitbuiting.

Ter gelegenheid van de Werelddag tegen mensenhandel roept de Benelux-Unie alle betrokken partijen op hun samenwerking verder te versterken.

> "Mensenhandelaars maken gebruik van elke opening tussen onze systemen en verplaatsen zich moeiteloos van het ene land naar het andere. Ons antwoord moet zijn die openingen samen te dichten: door kennis te delen, door de mensen op het terrein op te leiden en door ervoor te zorgen dat geen enkel slachtoffer tussen twee rechtsstelsels in valt."
>
> — de secretaris-generaal van de Benelux-Unie

De strijd tegen mensenhandel is een van de engagementen in het gezamenlijke meerjarenplan van de Benelux-landen voor 2021–2024. Kennis en expertise delen tussen buurlanden is nodig om een misdaad aan te pakken die tegelijk verborgen en sterk georganiseerd is. Betere informatie-uitwisseling versterkt de samenwerking tussen disciplines over de grenzen heen en helpt maatschappelijk werkers, politie en justitie in de drie landen om elkaar sneller te vinden.

## Vijf jaar Benelux-acties

Sinds 2016 hebben de Benelux-landen een reeks concrete stappen gezet:

- gezamenlijke opleiding voor medewerkers van opvangcentra en nauwere banden tussen de betrokken diensten (2016)
- een ontmoeting van professionals om minderjarige slachtoffers beter te beschermen (2017)
- bewustmaking en opleiding van ziekenhuispersoneel (2018)
- een verklaring van de bevoegde Benelux-ministers (2019)
- een informatiebrochure voor professionals over het juridische kader en de slachtofferhulp in de drie landen (2021)

Het volledige overzicht staat in de tijdlijn van dit thema.',
     'PUBLISHED', NULL, '2021-07-30 09:00:00', '2021-07-30 09:00:00', 0),
    (25, 9, 'fr', 'Journée mondiale de la lutte contre la traite d''êtres humains : les pays voisins doivent unir leurs forces', 'journee-mondiale-lutte-contre-la-traite-2021',
     'La traite des êtres humains ne s''arrête pas aux frontières. En cette Journée mondiale, l''Union Benelux rappelle pourquoi une coopération étroite entre la Belgique, les Pays-Bas et le Luxembourg reste indispensable.',
     'Exploitation dans la prostitution, sur les chantiers, dans l''agriculture et l''horticulture ou au sein de ménages privés : la traite des êtres humains prend de multiples formes et se rencontre aussi en Belgique, aux Pays-Bas et au Luxembourg. Parmi les victimes figurent des adultes, mais aussi des enfants, particulièrement exposés à l''exploitation.

À l''occasion de la Journée mondiale de la lutte contre la traite d''êtres humains, l''Union Benelux appelle toutes les parties concernées à renforcer encore leur coopération.

> « Les trafiquants profitent de chaque faille entre nos systèmes et passent sans difficulté d''un pays à l''autre. Notre réponse doit être de combler ces failles ensemble : en partageant nos connaissances, en formant les acteurs de terrain et en veillant à ce qu''aucune victime ne se retrouve prise entre deux juridictions. »
>
> — le secrétaire général de l''Union Benelux

La lutte contre la traite figure parmi les engagements du plan pluriannuel commun des pays du Benelux pour la période 2021–2024. Le partage de connaissances et d''expertise entre pays voisins est nécessaire pour combattre un crime à la fois caché et très organisé. Un meilleur échange d''informations renforce la coopération transfrontalière entre les différentes disciplines et aide les travailleurs sociaux, la police et la justice des trois pays à se trouver plus rapidement.

## Cinq années d''actions Benelux

Depuis 2016, les pays du Benelux ont pris une série de mesures concrètes :

- une formation commune pour le personnel des centres d''accueil et des liens plus étroits entre les services concernés (2016)
- une rencontre de professionnels pour mieux protéger les enfants victimes (2017)
- la sensibilisation et la formation du personnel hospitalier (2018)
- une déclaration des ministres compétents du Benelux (2019)
- une brochure d''information destinée aux professionnels sur le cadre juridique et l''aide aux victimes dans les trois pays (2021)

Le récapitulatif complet figure dans la chronologie de ce thème.',
     'PUBLISHED', NULL, '2021-07-30 09:00:00', '2021-07-30 09:00:00', 0),
    (26, 9, 'en', 'World Day against Trafficking in Persons: neighbours must join forces', 'world-day-against-trafficking-in-persons-2021',
     'Trafficking in human beings does not stop at national borders. On this World Day, the Benelux Union recalls why close cooperation between Belgium, the Netherlands and Luxembourg remains indispensable.',
     'Exploitation in prostitution, on building sites, in agriculture and horticulture or in private households: trafficking in human beings takes many forms, and it occurs in Belgium, the Netherlands and Luxembourg too. Among the victims are adults, but also children, who are especially vulnerable to exploitation.

On the occasion of the World Day against Trafficking in Persons, the Benelux Union calls on everyone involved to strengthen their cooperation further.

> "Traffickers exploit every gap between our systems and move effortlessly from one country to another. Our answer must be to close those gaps together: by sharing what we know, by training the people on the ground and by making sure that no victim falls between two jurisdictions."
>
> — the Secretary-General of the Benelux Union

The fight against trafficking is one of the commitments in the joint multiannual plan of the Benelux countries for 2021–2024. Sharing knowledge and expertise between neighbouring countries is needed to tackle a crime that is both hidden and highly organised. Better exchange of information strengthens cooperation between disciplines across borders, and helps social workers, police and judicial authorities in the three countries to find one another more quickly.

## Five years of Benelux action

Since 2016, the Benelux countries have taken a series of concrete steps:

- joint training for shelter staff and closer links between the services involved (2016)
- a meeting of professionals to improve the protection of child victims (2017)
- awareness-raising and training for hospital staff (2018)
- a declaration by the competent Benelux ministers (2019)
- an information brochure for professionals on the legal framework and victim assistance in the three countries (2021)

The full overview can be found in the timeline of this theme.',
     'PUBLISHED', NULL, '2021-07-30 09:00:00', '2021-07-30 09:00:00', 0),
    (27, 9, 'de', 'Welttag gegen Menschenhandel: Nachbarländer müssen an einem Strang ziehen', 'welttag-gegen-menschenhandel-2021',
     'Menschenhandel macht an Landesgrenzen nicht halt. Zum Welttag erinnert die Benelux-Union daran, warum die enge Zusammenarbeit zwischen Belgien, den Niederlanden und Luxemburg unverzichtbar bleibt.',
     'Ausbeutung in der Prostitution, auf Baustellen, in der Landwirtschaft und im Gartenbau oder in Privathaushalten: Menschenhandel hat viele Gesichter und kommt auch in Belgien, den Niederlanden und Luxemburg vor. Unter den Opfern sind Erwachsene, aber auch Kinder, die besonders leicht ausgebeutet werden können.

Anlässlich des Welttags gegen Menschenhandel ruft die Benelux-Union alle Beteiligten dazu auf, ihre Zusammenarbeit weiter zu verstärken.

> „Menschenhändler nutzen jede Lücke zwischen unseren Systemen und wechseln mühelos von einem Land ins andere. Unsere Antwort muss sein, diese Lücken gemeinsam zu schließen: indem wir unser Wissen teilen, die Fachleute vor Ort schulen und dafür sorgen, dass kein Opfer zwischen zwei Rechtsordnungen verloren geht.“
>
> — der Generalsekretär der Benelux-Union

Die Bekämpfung des Menschenhandels gehört zu den Zusagen im gemeinsamen Mehrjahresplan der Benelux-Länder für 2021–2024. Der Austausch von Wissen und Fachkenntnis zwischen Nachbarländern ist notwendig, um ein Verbrechen zu bekämpfen, das zugleich verborgen und hochgradig organisiert ist. Ein besserer Informationsaustausch stärkt die grenzüberschreitende Zusammenarbeit zwischen den Fachbereichen und hilft Sozialarbeitern, Polizei und Justiz in den drei Ländern, schneller zueinanderzufinden.

## Fünf Jahre Benelux-Maßnahmen

Seit 2016 haben die Benelux-Länder eine Reihe konkreter Schritte unternommen:

- gemeinsame Schulungen für Mitarbeitende von Schutzeinrichtungen und engere Verbindungen zwischen den beteiligten Diensten (2016)
- ein Treffen von Fachleuten zum besseren Schutz minderjähriger Opfer (2017)
- Sensibilisierung und Schulung von Krankenhauspersonal (2018)
- eine Erklärung der zuständigen Benelux-Minister (2019)
- eine Informationsbroschüre für Fachleute über den rechtlichen Rahmen und die Opferhilfe in den drei Ländern (2021)

Die vollständige Übersicht finden Sie in der Zeitleiste dieses Themas.',
     'PUBLISHED', NULL, '2021-07-30 09:00:00', '2021-07-30 09:00:00', 0);

-- Article 10 (2021-09-01): Gaichel XI: Luxembourg and Belgian governments adopt joint declaration
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (28, 10, 'nl', 'Gaichel XI: Luxemburgse en Belgische regering nemen gezamenlijke verklaring aan', 'gaichel-xi-gezamenlijke-verklaring-luxemburg-belgie',
     'Tijdens hun bijeenkomst in Luxemburg op 31 augustus spraken beide regeringen af hun samenwerking te verdiepen op het gebied van grensarbeid, mobiliteit, energie en gezondheid.',
     'Op 31 augustus 2021 hielden de regeringen van Luxemburg en België in Luxemburg hun elfde gezamenlijke vergadering, onder het gezamenlijke voorzitterschap van beide eerste ministers. De bijeenkomst werd afgesloten met een gezamenlijke verklaring waarin de prioriteiten voor de samenwerking tussen de twee buurlanden in de komende jaren zijn vastgelegd.

De vergadering zet een stevig verankerde traditie voort. De gezamenlijke zittingen van beide regeringen zijn genoemd naar Gaichel, het Luxemburgse dorp vlak bij de Belgische grens waar de eerste bijeenkomst van dit soort plaatsvond. Ze bieden de gelegenheid om op het hoogste niveau de vele dossiers te bespreken die het dagelijks leven aan beide kanten van de grens raken.

## Belangrijkste onderwerpen

- de situatie van de vele inwoners van België die in Luxemburg werken, onder meer de fiscale behandeling van thuiswerkdagen
- de spoor- en wegverbindingen tussen beide landen, met bijzondere aandacht voor de lijn Brussel–Luxemburg
- samenwerking rond energievoorziening en de overstap naar hernieuwbare bronnen
- samenwerking tussen ziekenhuizen en hulpdiensten in de grensregio, voortbouwend op de ervaringen met de pandemie

Het Benelux-Secretariaat-Generaal volgt de Gaichel-vergaderingen op de voet, omdat veel van de besproken onderwerpen ook een Benelux-dimensie hebben. Waar dat zinvol is, kunnen oplossingen die België en Luxemburg bilateraal afspreken binnen het Benelux-kader naar Nederland worden uitgebreid.

Beide regeringen spraken af de uitvoering van de verklaring te evalueren tijdens hun volgende gezamenlijke vergadering.',
     'PUBLISHED', NULL, '2021-09-01 09:00:00', '2021-09-01 09:00:00', 0),
    (29, 10, 'fr', 'Gaichel XI : les gouvernements luxembourgeois et belge adoptent une déclaration commune', 'gaichel-xi-declaration-commune-luxembourg-belgique',
     'Réunis à Luxembourg le 31 août, les deux gouvernements ont convenu d''approfondir leur coopération en matière de travail frontalier, de mobilité, d''énergie et de santé.',
     'Le 31 août 2021, les gouvernements du Luxembourg et de la Belgique ont tenu leur onzième réunion conjointe à Luxembourg, sous la coprésidence des deux Premiers ministres. La rencontre s''est conclue par l''adoption d''une déclaration commune qui définit les priorités de la coopération entre les deux voisins pour les années à venir.

Cette réunion perpétue une tradition bien établie. Les séances conjointes des deux gouvernements portent le nom de Gaichel, village luxembourgeois proche de la frontière belge où s''est tenue la première rencontre de ce type. Elles permettent d''aborder au plus haut niveau les nombreux dossiers qui touchent la vie quotidienne des habitants des deux côtés de la frontière.

## Principaux thèmes

- la situation des nombreux résidents belges qui travaillent au Luxembourg, notamment le traitement fiscal des jours de télétravail
- les liaisons ferroviaires et routières entre les deux pays, en particulier la ligne Bruxelles–Luxembourg
- la coopération en matière d''approvisionnement énergétique et de transition vers les sources renouvelables
- la coopération entre hôpitaux et services de secours dans la région frontalière, à la lumière de l''expérience de la pandémie

Le Secrétariat général Benelux suit de près les réunions de Gaichel, car bon nombre des sujets abordés ont aussi une dimension Benelux. Le cas échéant, des solutions convenues bilatéralement entre la Belgique et le Luxembourg peuvent être étendues aux Pays-Bas dans le cadre Benelux.

Les deux gouvernements ont convenu de faire le point sur la mise en œuvre de la déclaration lors de leur prochaine réunion conjointe.',
     'PUBLISHED', NULL, '2021-09-01 09:00:00', '2021-09-01 09:00:00', 0),
    (30, 10, 'en', 'Gaichel XI: Luxembourg and Belgian governments adopt joint declaration', 'gaichel-xi-joint-declaration-luxembourg-belgium',
     'Meeting in Luxembourg on 31 August, the two governments agreed to deepen their cooperation on cross-border work, mobility, energy and health.',
     'On 31 August 2021, the governments of Luxembourg and Belgium held their eleventh joint meeting in Luxembourg, chaired jointly by the two prime ministers. The meeting concluded with the adoption of a joint declaration setting out the priorities for cooperation between the two neighbours in the years ahead.

The meeting continues a well-established tradition. The joint sessions of the two governments are named after Gaichel, the Luxembourg village close to the Belgian border where the first meeting of this kind took place. They provide an opportunity to discuss, at the highest level, the many issues that affect daily life on both sides of the border.

## Main topics

- the situation of the many Belgian residents who work in Luxembourg, including the tax treatment of days worked from home
- rail and road links between the two countries, with particular attention to the Brussels–Luxembourg line
- cooperation on energy supply and the transition to renewable sources
- cooperation between hospitals and emergency services in the border region, building on the experience of the pandemic

The Benelux General Secretariat follows the Gaichel meetings closely, as many of the topics discussed also have a Benelux dimension. Where relevant, solutions agreed bilaterally between Belgium and Luxembourg can be extended to the Netherlands within the Benelux framework.

The two governments agreed to review the implementation of the declaration at their next joint meeting.',
     'PUBLISHED', NULL, '2021-09-01 09:00:00', '2021-09-01 09:00:00', 0),
    (31, 10, 'de', 'Gaichel XI: Luxemburgische und belgische Regierung verabschieden gemeinsame Erklärung', 'gaichel-xi-gemeinsame-erklaerung-luxemburg-belgien',
     'Bei ihrem Treffen in Luxemburg am 31. August vereinbarten die beiden Regierungen, ihre Zusammenarbeit in den Bereichen Grenzarbeit, Mobilität, Energie und Gesundheit zu vertiefen.',
     'Am 31. August 2021 kamen die Regierungen Luxemburgs und Belgiens in Luxemburg zu ihrer elften gemeinsamen Sitzung zusammen, unter dem gemeinsamen Vorsitz der beiden Premierminister. Zum Abschluss verabschiedeten sie eine gemeinsame Erklärung, in der die Schwerpunkte der Zusammenarbeit zwischen den beiden Nachbarländern für die kommenden Jahre festgelegt sind.

Das Treffen setzt eine fest etablierte Tradition fort. Die gemeinsamen Sitzungen der beiden Regierungen sind nach Gaichel benannt, dem luxemburgischen Dorf nahe der belgischen Grenze, in dem das erste Treffen dieser Art stattfand. Sie bieten Gelegenheit, auf höchster Ebene die zahlreichen Themen zu besprechen, die den Alltag auf beiden Seiten der Grenze prägen.

## Die wichtigsten Themen

- die Lage der vielen in Belgien wohnenden Menschen, die in Luxemburg arbeiten, einschließlich der steuerlichen Behandlung von Tagen im Homeoffice
- die Schienen- und Straßenverbindungen zwischen beiden Ländern, insbesondere die Strecke Brüssel–Luxemburg
- die Zusammenarbeit bei der Energieversorgung und beim Umstieg auf erneuerbare Quellen
- die Zusammenarbeit zwischen Krankenhäusern und Rettungsdiensten in der Grenzregion, aufbauend auf den Erfahrungen aus der Pandemie

Das Benelux-Generalsekretariat verfolgt die Gaichel-Treffen aufmerksam, da viele der besprochenen Themen auch eine Benelux-Dimension haben. Wo es sinnvoll ist, können Lösungen, die Belgien und Luxemburg bilateral vereinbaren, im Benelux-Rahmen auf die Niederlande ausgeweitet werden.

Die beiden Regierungen vereinbarten, die Umsetzung der Erklärung bei ihrer nächsten gemeinsamen Sitzung zu überprüfen.',
     'PUBLISHED', NULL, '2021-09-01 09:00:00', '2021-09-01 09:00:00', 0);

-- Article 11 (2021-09-14): First Benelux Square in the Brussels-Capital Region inaugurated
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (32, 11, 'nl', 'Eerste Beneluxplein in het Brussels Hoofdstedelijk Gewest ingehuldigd', 'eerste-beneluxplein-brussel-ingehuldigd',
     'De Stad Brussel heeft een plein naar de Benelux vernoemd, als symbool van meer dan vijfenzeventig jaar samenwerking tussen België, Nederland en Luxemburg.',
     'Het Brussels Hoofdstedelijk Gewest heeft voortaan een eigen Beneluxplein. Namens het college van burgemeester en schepenen van de Stad Brussel hebben de burgemeester en de schepen van Stedenbouw het plein officieel ingehuldigd, samen met de Belgische minister van Buitenlandse Zaken.

De naam is een eerbetoon aan een samenwerking die in 1944 begon. Dat jaar ondertekenden de regeringen van België, Nederland en Luxemburg, toen in ballingschap in Londen, een douaneverdrag. Wat begon als een douane-unie groeide uit tot een economische unie en later tot de Benelux-Unie zoals we die vandaag kennen, met haar Secretariaat-Generaal in Brussel.

Het is het eerste plein in het Brussels Hoofdstedelijk Gewest dat de naam van de Benelux draagt. Voor de Stad Brussel onderstreept de inhuldiging ook de rol van de hoofdstad als ontmoetingsplaats voor Europese en internationale samenwerking en als zetel van de Benelux-instellingen.

Het Benelux-Secretariaat-Generaal dankte de Stad Brussel voor het initiatief. Het plein herinnert eraan dat samenwerking tussen buren geen abstract idee is, maar het dagelijks leven van miljoenen mensen bepaalt, van grensarbeiders en studenten tot bedrijven en hulpdiensten.

De plechtigheid vond plaats in kleine kring, met respect voor de gezondheidsmaatregelen die nog van kracht zijn, en in aanwezigheid van vertegenwoordigers van de drie Benelux-landen.',
     'PUBLISHED', NULL, '2021-09-14 09:00:00', '2021-09-14 09:00:00', 0),
    (33, 11, 'fr', 'Inauguration de la première place Benelux en Région de Bruxelles-Capitale', 'inauguration-premiere-place-benelux-bruxelles',
     'La Ville de Bruxelles a donné le nom du Benelux à une place, symbole de plus de soixante-quinze ans de coopération entre la Belgique, les Pays-Bas et le Luxembourg.',
     'La Région de Bruxelles-Capitale compte désormais sa propre place Benelux. Au nom du collège des bourgmestre et échevins de la Ville de Bruxelles, le bourgmestre et l''échevine de l''Urbanisme ont officiellement inauguré la place, en compagnie de la ministre belge des Affaires étrangères.

Ce nom rend hommage à une coopération qui a débuté en 1944. Cette année-là, les gouvernements de la Belgique, des Pays-Bas et du Luxembourg, alors en exil à Londres, ont signé une convention douanière. Ce qui n''était au départ qu''une union douanière est devenu une union économique, puis l''Union Benelux telle que nous la connaissons aujourd''hui, dont le Secrétariat général est établi à Bruxelles.

Il s''agit de la première place de la Région de Bruxelles-Capitale à porter le nom du Benelux. Pour la Ville de Bruxelles, cette inauguration souligne aussi le rôle de la capitale comme lieu de rencontre de la coopération européenne et internationale et comme siège des institutions Benelux.

Le Secrétariat général Benelux a remercié la Ville de Bruxelles pour cette initiative. La place rappelle que la coopération entre voisins n''est pas une idée abstraite, mais qu''elle façonne la vie quotidienne de millions de personnes, des travailleurs frontaliers et des étudiants jusqu''aux entreprises et aux services de secours.

La cérémonie s''est déroulée en comité restreint, dans le respect des mesures sanitaires encore en vigueur, en présence de représentants des trois pays du Benelux.',
     'PUBLISHED', NULL, '2021-09-14 09:00:00', '2021-09-14 09:00:00', 0),
    (34, 11, 'en', 'First Benelux Square in the Brussels-Capital Region inaugurated', 'first-benelux-square-brussels-inaugurated',
     'The City of Brussels has named a square after the Benelux, a symbol of more than seventy-five years of cooperation between Belgium, the Netherlands and Luxembourg.',
     'The Brussels-Capital Region now has its own Benelux Square. On behalf of the board of mayor and aldermen of the City of Brussels, the mayor and the alderwoman for urban planning officially inaugurated the square, together with the Belgian minister of foreign affairs.

The name pays tribute to a cooperation that began in 1944. In that year, the governments of Belgium, the Netherlands and Luxembourg, then in exile in London, signed a customs convention. What started as a customs union grew into an economic union and later into the Benelux Union as we know it today, with its General Secretariat in Brussels.

It is the first square in the Brussels-Capital Region to bear the name of the Benelux. For the City of Brussels, the inauguration also underlines the role of the capital as a meeting place for European and international cooperation and as the seat of the Benelux institutions.

The Benelux General Secretariat thanked the City of Brussels for the initiative. The square is a reminder that cooperation between neighbours is not an abstract idea, but something that shapes the daily lives of millions of people, from frontier workers and students to businesses and emergency services.

The ceremony was held in a small circle, in line with the health measures still in force, and was attended by representatives of the three Benelux countries.',
     'PUBLISHED', NULL, '2021-09-14 09:00:00', '2021-09-14 09:00:00', 0),
    (35, 11, 'de', 'Erster Benelux-Platz in der Region Brüssel-Hauptstadt eingeweiht', 'erster-benelux-platz-bruessel-eingeweiht',
     'Die Stadt Brüssel hat einen Platz nach der Benelux benannt, als Symbol für mehr als fünfundsiebzig Jahre Zusammenarbeit zwischen Belgien, den Niederlanden und Luxemburg.',
     'Die Region Brüssel-Hauptstadt hat nun einen eigenen Benelux-Platz. Im Namen des Kollegiums aus Bürgermeister und Schöffen der Stadt Brüssel haben der Bürgermeister und die Schöffin für Städtebau den Platz gemeinsam mit der belgischen Außenministerin offiziell eingeweiht.

Der Name würdigt eine Zusammenarbeit, die 1944 begann. In jenem Jahr unterzeichneten die damals im Londoner Exil befindlichen Regierungen Belgiens, der Niederlande und Luxemburgs ein Zollabkommen. Aus der anfänglichen Zollunion wurde eine Wirtschaftsunion und später die heutige Benelux-Union mit ihrem Generalsekretariat in Brüssel.

Es ist der erste Platz in der Region Brüssel-Hauptstadt, der den Namen der Benelux trägt. Für die Stadt Brüssel unterstreicht die Einweihung auch die Rolle der Hauptstadt als Treffpunkt der europäischen und internationalen Zusammenarbeit und als Sitz der Benelux-Institutionen.

Das Benelux-Generalsekretariat dankte der Stadt Brüssel für die Initiative. Der Platz erinnert daran, dass die Zusammenarbeit zwischen Nachbarn keine abstrakte Idee ist, sondern den Alltag von Millionen Menschen prägt, von Grenzgängern und Studierenden bis hin zu Unternehmen und Rettungsdiensten.

Die Feier fand im kleinen Kreis und unter Beachtung der noch geltenden Gesundheitsmaßnahmen statt. Anwesend waren Vertreterinnen und Vertreter der drei Benelux-Länder.',
     'PUBLISHED', NULL, '2021-09-14 09:00:00', '2021-09-14 09:00:00', 0);

-- Article 12 (2021-09-15): European crisis centres sign cooperation protocol in Brussels
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (36, 12, 'nl', 'Europese crisiscentra ondertekenen samenwerkingsprotocol in Brussel', 'europese-crisiscentra-ondertekenen-samenwerkingsprotocol',
     'Twintig Europese landen ondertekenden een protocol dat de gezamenlijke doelstellingen van hun nationale crisiscentra vastlegt en hun wil tot nauwere internationale samenwerking bevestigt.',
     'Op dinsdag 14 september kwam in Brussel het Netwerk van directeuren-generaal van Europese crisiscentra bijeen. Bij die gelegenheid ondertekenden twintig Europese landen een samenwerkingsprotocol dat het netwerk een duidelijkere structuur geeft en bevestigt dat de leden over de grenzen heen nauwer willen samenwerken.

Crisissen trekken zich zelden iets aan van landsgrenzen. Overstromingen, bosbranden, industriële ongevallen, cyberaanvallen en recent de coronapandemie hebben laten zien hoezeer nationale crisiscentra afhankelijk zijn van snelle en betrouwbare contacten met hun tegenhangers in andere landen. Het netwerk is opgericht om die contacten vooraf op te bouwen, zodat ze er zijn wanneer zich een noodsituatie voordoet.

## Wat het protocol regelt

- gemeenschappelijke doelstellingen voor het netwerk en een duidelijke beschrijving van de werking ervan
- regelmatige uitwisseling van informatie over risico''s, oefeningen en geleerde lessen
- afspraken om elkaar tijdens een crisis met expertise bij te staan
- aandacht voor de afstemming van de informatie aan de bevolking bij noodsituaties die meerdere landen treffen

De Benelux-landen hebben een lange ervaring met grensoverschrijdende samenwerking bij crisisbeheer. Het Benelux-Secretariaat-Generaal ondersteunt het netwerk en hielp het protocol voor te bereiden.

De ondertekenaars komen volgend jaar opnieuw samen om te bekijken hoe het protocol in de praktijk wordt gebracht en om gezamenlijke activiteiten vast te leggen, zoals oefeningen en uitwisselingen van medewerkers tussen crisiscentra.',
     'PUBLISHED', NULL, '2021-09-15 09:00:00', '2021-09-15 09:00:00', 0),
    (37, 12, 'fr', 'Les centres de crise européens signent un protocole de coopération à Bruxelles', 'centres-de-crise-europeens-signent-protocole-cooperation',
     'Vingt pays européens ont signé un protocole qui fixe les objectifs communs de leurs centres de crise nationaux et confirme leur volonté de renforcer la coopération internationale.',
     'Le mardi 14 septembre, le Réseau des directeurs généraux des centres de crise européens s''est réuni à Bruxelles. À cette occasion, vingt pays européens ont signé un protocole de coopération qui donne au réseau une structure plus claire et confirme la volonté de ses membres de collaborer plus étroitement par-delà les frontières.

Les crises tiennent rarement compte des frontières nationales. Inondations, feux de forêt, accidents industriels, cyberattaques et, plus récemment, la pandémie de coronavirus ont montré à quel point les centres de crise nationaux dépendent de contacts rapides et fiables avec leurs homologues étrangers. Le réseau a été créé pour nouer ces contacts à l''avance, afin qu''ils soient opérationnels lorsqu''une situation d''urgence survient.

## Ce que prévoit le protocole

- des objectifs communs pour le réseau et une description claire de son fonctionnement
- des échanges réguliers d''informations sur les risques, les exercices et les enseignements tirés
- des engagements à se prêter mutuellement assistance en matière d''expertise pendant une crise
- une attention particulière à la coordination de l''information au public en cas d''urgence touchant plusieurs pays

Les pays du Benelux disposent d''une longue expérience de la coopération transfrontalière en matière de gestion de crise. Le Secrétariat général Benelux soutient le réseau et a contribué à la préparation du protocole.

Les signataires se retrouveront l''année prochaine pour évaluer la mise en œuvre du protocole et arrêter des activités communes, notamment des exercices et des échanges de personnel entre centres de crise.',
     'PUBLISHED', NULL, '2021-09-15 09:00:00', '2021-09-15 09:00:00', 0),
    (38, 12, 'en', 'European crisis centres sign cooperation protocol in Brussels', 'european-crisis-centres-sign-cooperation-protocol',
     'Twenty European countries have signed a protocol that sets out the shared objectives of their national crisis centres and confirms their commitment to closer international cooperation.',
     'On Tuesday 14 September, the Network of Directors-General of European Crisis Centres met in Brussels. On that occasion, twenty European countries signed a cooperation protocol that gives the network a clearer structure and confirms the willingness of its members to work together more closely across borders.

Crises rarely respect national borders. Floods, forest fires, industrial accidents, cyberattacks and, most recently, the coronavirus pandemic have shown how much national crisis centres depend on fast and reliable contacts with their counterparts in other countries. The network was set up to build those contacts in advance, so that they are in place when an emergency occurs.

## What the protocol provides

- common objectives for the network and a clear description of how it works
- regular exchanges of information on risks, exercises and lessons learned
- commitments to support one another with expertise during a crisis
- attention to the coordination of public information in emergencies affecting several countries

The Benelux countries have long experience of cross-border cooperation in crisis management. The Benelux General Secretariat supports the network and helped to prepare the protocol.

The signatories will meet again next year to assess how the protocol has been put into practice and to agree on joint activities, including exercises and staff exchanges between crisis centres.',
     'PUBLISHED', NULL, '2021-09-15 09:00:00', '2021-09-15 09:00:00', 0),
    (39, 12, 'de', 'Europäische Krisenzentren unterzeichnen Kooperationsprotokoll in Brüssel', 'europaeische-krisenzentren-unterzeichnen-kooperationsprotokoll',
     'Zwanzig europäische Länder haben ein Protokoll unterzeichnet, das die gemeinsamen Ziele ihrer nationalen Krisenzentren festlegt und ihren Willen zu engerer internationaler Zusammenarbeit bekräftigt.',
     'Am Dienstag, dem 14. September, trat in Brüssel das Netzwerk der Generaldirektoren europäischer Krisenzentren zusammen. Bei dieser Gelegenheit unterzeichneten zwanzig europäische Länder ein Kooperationsprotokoll, das dem Netzwerk eine klarere Struktur gibt und die Bereitschaft seiner Mitglieder zu einer engeren grenzüberschreitenden Zusammenarbeit bestätigt.

Krisen halten sich selten an Landesgrenzen. Überschwemmungen, Waldbrände, Industrieunfälle, Cyberangriffe und zuletzt die Coronapandemie haben gezeigt, wie sehr nationale Krisenzentren auf schnelle und verlässliche Kontakte zu ihren Partnern in anderen Ländern angewiesen sind. Das Netzwerk wurde gegründet, um diese Kontakte im Voraus aufzubauen, damit sie im Ernstfall bereitstehen.

## Was das Protokoll vorsieht

- gemeinsame Ziele für das Netzwerk und eine klare Beschreibung seiner Arbeitsweise
- einen regelmäßigen Informationsaustausch über Risiken, Übungen und gewonnene Erkenntnisse
- die Zusage, sich in einer Krise gegenseitig mit Fachwissen zu unterstützen
- besondere Aufmerksamkeit für die Abstimmung der Information der Bevölkerung bei Notlagen, die mehrere Länder betreffen

Die Benelux-Länder verfügen über langjährige Erfahrung in der grenzüberschreitenden Zusammenarbeit im Krisenmanagement. Das Benelux-Generalsekretariat unterstützt das Netzwerk und hat an der Vorbereitung des Protokolls mitgewirkt.

Die Unterzeichner werden im nächsten Jahr erneut zusammenkommen, um die Umsetzung des Protokolls zu bewerten und gemeinsame Aktivitäten festzulegen, etwa Übungen und den Austausch von Personal zwischen den Krisenzentren.',
     'PUBLISHED', NULL, '2021-09-15 09:00:00', '2021-09-15 09:00:00', 0);

-- Article 13 (2022-03-29): Energy: Benelux countries step up coordination on security of supply
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (40, 13, 'nl', 'Energie: Benelux-landen versterken afstemming over leveringszekerheid', 'energie-benelux-afstemming-leveringszekerheid',
     'Nu de energieprijzen hoog zijn en de bevoorrading onder druk staat, spreken België, Nederland en Luxemburg af nauwer informatie te delen en gezamenlijke projecten voor hernieuwbare energie te versnellen.',
     'De situatie op de energiemarkten is de voorbije weken ingrijpend veranderd. De prijzen voor gas en elektriciteit hebben uitzonderlijke niveaus bereikt, en de vraag hoe Europa zijn energievoorziening veilig kan stellen, staat bovenaan de politieke agenda. Tegen die achtergrond kwamen de energieministers van België, Nederland en Luxemburg deze week bijeen om te bespreken hoe de drie landen elkaar kunnen steunen.

De energiesystemen van de Benelux-landen zijn nauw met elkaar verbonden. Gas en elektriciteit stromen dagelijks over de grenzen, en een verstoring in het ene land is snel voelbaar in de andere. De ministers spraken daarom af vaker informatie uit te wisselen over aanbod, opslag en vraag, en hun noodplannen waar mogelijk op elkaar af te stemmen.

## De transitie versnellen

Op langere termijn is een kleinere afhankelijkheid van ingevoerde fossiele brandstoffen de beste bescherming tegen schokken in de bevoorrading. De ministers willen het gezamenlijke werk versnellen op het gebied van:

- windenergie op de Noordzee en de netaansluitingen die nodig zijn om die stroom aan land te brengen
- grensoverschrijdende infrastructuur voor waterstof
- energiebesparing in gebouwen en in de industrie

De ministers onderstreepten ook het belang van het Pentalateraal Energieforum, waarin de Benelux-landen samenwerken met Duitsland, Frankrijk, Oostenrijk en Zwitserland, als kader voor regionale solidariteit.

Het Benelux-Secretariaat-Generaal coördineert de opvolging en brengt voor de zomer verslag uit aan de ministers.',
     'PUBLISHED', NULL, '2022-03-29 09:00:00', '2022-03-29 09:00:00', 0),
    (41, 13, 'fr', 'Énergie : les pays du Benelux renforcent leur coordination en matière de sécurité d''approvisionnement', 'energie-benelux-coordination-securite-approvisionnement',
     'Face à des prix élevés et à un approvisionnement sous tension, la Belgique, les Pays-Bas et le Luxembourg conviennent de partager davantage d''informations et d''accélérer leurs projets communs d''énergie renouvelable.',
     'La situation sur les marchés de l''énergie a profondément changé au cours des dernières semaines. Les prix du gaz et de l''électricité ont atteint des niveaux exceptionnels, et la question de la sécurité de l''approvisionnement énergétique de l''Europe est désormais en tête de l''agenda politique. Dans ce contexte, les ministres de l''Énergie de la Belgique, des Pays-Bas et du Luxembourg se sont réunis cette semaine pour examiner comment les trois pays peuvent se soutenir mutuellement.

Les systèmes énergétiques des pays du Benelux sont étroitement liés. Le gaz et l''électricité traversent quotidiennement les frontières, et une perturbation dans un pays se fait rapidement sentir dans les autres. Les ministres sont donc convenus d''échanger plus fréquemment des informations sur l''offre, le stockage et la demande, et d''harmoniser autant que possible leurs plans d''urgence.

## Accélérer la transition

À plus long terme, la meilleure protection contre les chocs d''approvisionnement reste une moindre dépendance aux combustibles fossiles importés. Les ministres entendent accélérer leurs travaux communs dans les domaines suivants :

- l''énergie éolienne en mer du Nord et les raccordements au réseau nécessaires pour l''acheminer à terre
- les infrastructures transfrontalières pour l''hydrogène
- les économies d''énergie dans les bâtiments et l''industrie

Les ministres ont également souligné l''importance du Forum pentalatéral de l''énergie, au sein duquel les pays du Benelux coopèrent avec l''Allemagne, la France, l''Autriche et la Suisse, en tant que cadre de solidarité régionale.

Le Secrétariat général Benelux coordonnera le suivi et fera rapport aux ministres avant l''été.',
     'PUBLISHED', NULL, '2022-03-29 09:00:00', '2022-03-29 09:00:00', 0),
    (42, 13, 'en', 'Energy: Benelux countries step up coordination on security of supply', 'benelux-coordination-security-of-energy-supply',
     'With energy prices high and supply under pressure, Belgium, the Netherlands and Luxembourg agree to share information more closely and to speed up joint projects for renewable energy.',
     'The situation on the energy markets has changed profoundly in recent weeks. Gas and electricity prices have reached exceptional levels, and the question of how Europe can secure its energy supply has moved to the top of the political agenda. Against this background, the energy ministers of Belgium, the Netherlands and Luxembourg met this week to discuss how the three countries can support one another.

The energy systems of the Benelux countries are closely linked. Gas and electricity flow across their borders every day, and a disruption in one country is quickly felt in the others. The ministers therefore agreed to exchange information on supply, storage and demand more frequently, and to align their emergency plans wherever possible.

## Accelerating the transition

In the longer term, the best protection against supply shocks is a lower dependence on imported fossil fuels. The ministers intend to speed up their joint work on:

- offshore wind energy in the North Sea and the grid connections needed to bring that power ashore
- cross-border infrastructure for hydrogen
- energy saving in buildings and industry

The ministers also underlined the importance of the Pentalateral Energy Forum, in which the Benelux countries work together with Germany, France, Austria and Switzerland, as a framework for regional solidarity.

The Benelux General Secretariat will coordinate the follow-up and report to the ministers before the summer.',
     'PUBLISHED', NULL, '2022-03-29 09:00:00', '2022-03-29 09:00:00', 0),
    (43, 13, 'de', 'Energie: Benelux-Länder verstärken Abstimmung zur Versorgungssicherheit', 'energie-benelux-abstimmung-versorgungssicherheit',
     'Angesichts hoher Preise und einer angespannten Versorgungslage vereinbaren Belgien, die Niederlande und Luxemburg einen engeren Informationsaustausch und wollen gemeinsame Projekte für erneuerbare Energie beschleunigen.',
     'Die Lage auf den Energiemärkten hat sich in den vergangenen Wochen grundlegend verändert. Die Preise für Gas und Strom haben außergewöhnliche Höhen erreicht, und die Frage, wie Europa seine Energieversorgung sichern kann, steht ganz oben auf der politischen Tagesordnung. Vor diesem Hintergrund kamen die Energieministerinnen und -minister Belgiens, der Niederlande und Luxemburgs in dieser Woche zusammen, um zu beraten, wie sich die drei Länder gegenseitig unterstützen können.

Die Energiesysteme der Benelux-Länder sind eng miteinander verbunden. Gas und Strom fließen täglich über die Grenzen, und eine Störung in einem Land ist in den anderen schnell zu spüren. Die Ministerinnen und Minister vereinbarten daher, sich häufiger über Angebot, Speicherung und Nachfrage auszutauschen und ihre Notfallpläne so weit wie möglich aufeinander abzustimmen.

## Die Energiewende beschleunigen

Langfristig ist eine geringere Abhängigkeit von importierten fossilen Brennstoffen der beste Schutz vor Versorgungsengpässen. Die gemeinsame Arbeit soll in folgenden Bereichen beschleunigt werden:

- Offshore-Windenergie in der Nordsee und die Netzanschlüsse, die für den Transport des Stroms an Land nötig sind
- grenzüberschreitende Infrastruktur für Wasserstoff
- Energieeinsparungen in Gebäuden und in der Industrie

Außerdem unterstrichen die Ministerinnen und Minister die Bedeutung des Pentalateralen Energieforums, in dem die Benelux-Länder mit Deutschland, Frankreich, Österreich und der Schweiz zusammenarbeiten, als Rahmen für regionale Solidarität.

Das Benelux-Generalsekretariat koordiniert die weiteren Schritte und erstattet den Ministerinnen und Ministern vor dem Sommer Bericht.',
     'PUBLISHED', NULL, '2022-03-29 09:00:00', '2022-03-29 09:00:00', 0);

-- Article 14 (2022-10-06): Benelux exercise tests cross-border alerting after an industrial accident
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (44, 14, 'nl', 'Benelux-oefening test grensoverschrijdende alarmering na industrieel ongeval', 'benelux-oefening-grensoverschrijdende-alarmering',
     'Crisiscentra, hulpdiensten en gemeenten uit de drie landen oefenden hoe ze elkaar en de bevolking waarschuwen na een gesimuleerd chemisch incident vlak bij de grens.',
     'Hoe snel bereikt een alarm de andere kant van de grens wanneer vlak daarbij een industrieel ongeval gebeurt? Dat was de centrale vraag van een oefening aan tafel die deze week plaatsvond met crisiscentra, hulpdiensten en grensgemeenten uit België, Nederland en Luxemburg.

Het scenario ging uit van een fictief lek van een giftige stof in een chemische fabriek in een grensgebied, waarbij een wolk richting het buurland dreef. De deelnemers moesten hun tegenhangers alarmeren, maatregelen afspreken om de bevolking te beschermen en de informatie aan de inwoners aan beide kanten van de grens op elkaar afstemmen.

De oefening bevestigde dat de formele alarmeringsprocedures werken. Berichten bereikten de bevoegde diensten in de buurlanden binnen de afgesproken tijd. Tegelijk stelden de deelnemers vast dat het advies aan de bevolking van land tot land soms anders geformuleerd was, wat bij omwonenden in de grensstreek tot verwarring zou kunnen leiden.

## Opvolging

- de crisiscentra stellen gemeenschappelijke formuleringen op voor de meest voorkomende waarschuwingen aan de bevolking
- de contactlijsten tussen grensgemeenten worden twee keer per jaar bijgewerkt
- voor 2023 staat een grotere oefening op het terrein gepland

De oefening werd georganiseerd met de steun van het Benelux-Secretariaat-Generaal, als onderdeel van de gezamenlijke werkzaamheden rond crisisbeheer in het kader van het Benelux-meerjarenplan 2021–2024.',
     'PUBLISHED', NULL, '2022-10-06 09:00:00', '2022-10-06 09:00:00', 0),
    (45, 14, 'fr', 'Un exercice Benelux teste l''alerte transfrontalière après un accident industriel', 'exercice-benelux-alerte-transfrontaliere',
     'Des centres de crise, des services de secours et des communes des trois pays se sont exercés à s''alerter mutuellement et à prévenir la population après un incident chimique simulé près de la frontière.',
     'En combien de temps une alerte parvient-elle de l''autre côté de la frontière lorsqu''un accident industriel survient à proximité ? C''était la question centrale d''un exercice sur table organisé cette semaine avec des centres de crise, des services de secours et des communes frontalières de Belgique, des Pays-Bas et du Luxembourg.

Le scénario prévoyait une fuite fictive d''une substance toxique dans une usine chimique située dans une zone frontalière, avec un nuage dérivant vers le pays voisin. Les participants devaient alerter leurs homologues, convenir de mesures de protection de la population et coordonner l''information des habitants des deux côtés de la frontière.

L''exercice a confirmé le bon fonctionnement des procédures d''alerte formelles. Les messages sont parvenus aux services compétents des pays voisins dans les délais convenus. Les participants ont toutefois constaté que les consignes à la population étaient parfois formulées différemment d''un pays à l''autre, ce qui pourrait semer la confusion chez les riverains de la zone frontalière.

## Suivi

- les centres de crise élaboreront des formulations communes pour les alertes à la population les plus fréquentes
- les listes de contacts entre communes frontalières seront mises à jour deux fois par an
- un exercice de terrain de plus grande ampleur est prévu en 2023

L''exercice a été organisé avec le soutien du Secrétariat général Benelux, dans le cadre des travaux communs en matière de gestion de crise prévus par le plan pluriannuel Benelux 2021–2024.',
     'PUBLISHED', NULL, '2022-10-06 09:00:00', '2022-10-06 09:00:00', 0),
    (46, 14, 'en', 'Benelux exercise tests cross-border alerting after an industrial accident', 'benelux-exercise-cross-border-alerting',
     'Crisis centres, emergency services and municipalities from the three countries practised how to warn one another and the public after a simulated chemical incident near the border.',
     'How quickly does an alert reach the other side of the border when an industrial accident happens close to it? That was the central question of a table-top exercise held this week with crisis centres, emergency services and border municipalities from Belgium, the Netherlands and Luxembourg.

The scenario involved a fictitious leak of a toxic substance at a chemical plant in a border area, with a cloud drifting towards the neighbouring country. Participants had to alert their counterparts, agree on measures to protect the population and coordinate the information given to residents on both sides of the border.

The exercise confirmed that the formal alert procedures work. Messages reached the competent services in the neighbouring countries within the agreed time. At the same time, participants noted that advice to the public was sometimes worded differently from one country to another, which could confuse people living in the border area.

## Follow-up

- the crisis centres will draw up common wording for the most frequent public warnings
- contact lists between border municipalities will be updated twice a year
- a larger field exercise is planned for 2023

The exercise was organised with the support of the Benelux General Secretariat, as part of the joint work on crisis management under the Benelux multiannual plan 2021–2024.',
     'PUBLISHED', NULL, '2022-10-06 09:00:00', '2022-10-06 09:00:00', 0);

-- Article 15 (2023-01-24, DRAFT): Nieuwe editie van de Benelux-brochure over mensenhandel voor professionals
INSERT INTO article_translation (id, article_id, lang, title, slug, teaser, body, status, publish_at, published_at, updated_at, version) VALUES
    (47, 15, 'nl', 'Nieuwe editie van de Benelux-brochure over mensenhandel voor professionals', 'nieuwe-editie-benelux-brochure-mensenhandel',
     'De informatiebrochure uit 2021 wordt geactualiseerd en aangevuld met een hoofdstuk over het ronselen van slachtoffers via internet en sociale media.',
     'De informatiebrochure over mensenhandel die de Benelux-Unie in 2021 publiceerde, krijgt een nieuwe editie. De brochure is bedoeld voor professionals in België, Nederland en Luxemburg die in hun dagelijkse werk met slachtoffers in contact kunnen komen, zoals politiemensen, arbeidsinspecteurs, maatschappelijk werkers en zorgverleners.

De eerste editie gaf een overzicht van de strafrechtelijke regels in de drie landen, van de organisaties die rond mensenhandel actief zijn en van de manier waarop opvang en begeleiding van slachtoffers georganiseerd zijn. Uit de reacties van gebruikers bleek dat vooral dat praktische overzicht op prijs werd gesteld.

## Wat is er nieuw

- een hoofdstuk over het ronselen van slachtoffers via internet en sociale media
- bijgewerkte contactgegevens van de gespecialiseerde diensten in de drie landen
- een korte checklist met signalen die op mensenhandel kunnen wijzen

De nieuwe editie wordt opgesteld in nauw overleg met de nationale rapporteurs en coördinatoren mensenhandel en met organisaties die slachtoffers opvangen. Ze zal zowel digitaal als op papier beschikbaar zijn.

[Nog aan te vullen: datum van de voorstelling en link naar de downloadpagina.]',
     'DRAFT', NULL, NULL, '2022-12-13 10:15:00', 0),
    (48, 15, 'fr', 'Nouvelle édition de la brochure Benelux sur la traite des êtres humains destinée aux professionnels', 'nouvelle-edition-brochure-benelux-traite-des-etres-humains',
     'La brochure d''information publiée en 2021 sera actualisée et complétée par un chapitre consacré au recrutement de victimes par internet et les réseaux sociaux.',
     'La brochure d''information sur la traite des êtres humains publiée par l''Union Benelux en 2021 fera l''objet d''une nouvelle édition. Elle s''adresse aux professionnels de Belgique, des Pays-Bas et du Luxembourg susceptibles d''être en contact avec des victimes dans leur travail quotidien, comme les policiers, les inspecteurs du travail, les travailleurs sociaux et le personnel soignant.

La première édition présentait les règles pénales des trois pays, les organisations actives dans la lutte contre la traite et la manière dont l''accueil et l''accompagnement des victimes sont organisés. Les réactions des utilisateurs ont montré que cette vue d''ensemble pratique était particulièrement appréciée.

## Les nouveautés

- un chapitre sur le recrutement de victimes par internet et les réseaux sociaux
- les coordonnées actualisées des services spécialisés dans les trois pays
- une courte liste de signaux pouvant indiquer une situation de traite

La nouvelle édition est préparée en étroite concertation avec les rapporteurs et coordinateurs nationaux en matière de traite des êtres humains ainsi qu''avec les organisations qui accueillent les victimes. Elle sera disponible en version numérique et imprimée.

[À compléter : date de la présentation et lien vers la page de téléchargement.]',
     'DRAFT', NULL, NULL, '2022-12-13 10:15:00', 0);

-- 5. View counts of the published articles.
INSERT INTO article_view_count (article_id, views) VALUES
    (1, 412),
    (2, 318),
    (3, 764),
    (4, 96),
    (5, 2480),
    (6, 251),
    (7, 873),
    (8, 1042),
    (9, 589),
    (10, 220),
    (11, 137),
    (12, 1235),
    (13, 1587),
    (14, 58);

-- 6. Yearly action timeline of the human-trafficking theme (theme 1).
INSERT INTO timeline_entry (id, theme_id, year, entry_date, position, article_id, version) VALUES
    (1, 1, 2021, NULL, 0, 9, 0),
    (2, 1, 2020, NULL, 0, NULL, 0),
    (3, 1, 2019, '2019-10-18', 0, 3, 0),
    (4, 1, 2018, NULL, 0, NULL, 0),
    (5, 1, 2017, NULL, 0, NULL, 0),
    (6, 1, 2016, NULL, 0, NULL, 0),
    (7, 1, 2016, NULL, 1, NULL, 0);

INSERT INTO timeline_entry_text (entry_id, lang, text) VALUES
    (1, 'nl', 'De Benelux-Unie publiceerde een informatiebrochure voor professionals die in hun dagelijkse werk slachtoffers van mensenhandel kunnen tegenkomen. De brochure legt uit hoe mensenhandel in elk van de drie landen strafrechtelijk wordt omschreven en bestraft, welke organisaties op dit terrein actief zijn en hoe opvang en hulp aan slachtoffers geregeld zijn.'),
    (1, 'fr', 'L''Union Benelux a publié une brochure d''information destinée aux professionnels susceptibles de rencontrer des victimes de la traite dans leur travail quotidien. Elle explique comment la traite est définie et sanctionnée pénalement dans chacun des trois pays, quelles organisations sont actives dans ce domaine et comment l''accueil et l''assistance aux victimes sont organisés.'),
    (1, 'en', 'The Benelux Union published an information brochure for professionals who may come across victims of trafficking in their daily work. It explains how trafficking is defined and punished under criminal law in each of the three countries, which organisations are active in the field and how shelter and assistance for victims are organised.'),
    (1, 'de', 'Die Benelux-Union veröffentlichte eine Informationsbroschüre für Fachleute, die in ihrer täglichen Arbeit auf Opfer von Menschenhandel treffen können. Sie erläutert, wie Menschenhandel in jedem der drei Länder strafrechtlich definiert und geahndet wird, welche Organisationen in diesem Bereich tätig sind und wie Unterbringung und Betreuung der Opfer organisiert sind.'),
    (2, 'nl', 'Hoewel fysieke bijeenkomsten door de pandemie een groot deel van het jaar onmogelijk waren, zette het Benelux-netwerk van professionals rond mensenhandel zijn uitwisselingen online voort. De bestrijding van mensenhandel werd bovendien als prioriteit opgenomen in het nieuwe gezamenlijke Benelux-meerjarenplan 2021–2024.'),
    (2, 'fr', 'Bien que la pandémie ait rendu les réunions en présentiel impossibles pendant une grande partie de l''année, le réseau Benelux des professionnels actifs dans la lutte contre la traite a poursuivi ses échanges en ligne. La lutte contre la traite des êtres humains a en outre été inscrite comme priorité dans le nouveau plan pluriannuel commun Benelux 2021–2024.'),
    (2, 'en', 'Although the pandemic made meetings in person impossible for much of the year, the Benelux network of professionals working on trafficking continued its exchanges online. The fight against trafficking in human beings was also included as a priority in the new joint Benelux multiannual plan for 2021–2024.'),
    (2, 'de', 'Obwohl Präsenztreffen wegen der Pandemie einen Großteil des Jahres nicht möglich waren, setzte das Benelux-Netzwerk der Fachleute im Bereich Menschenhandel seinen Austausch online fort. Zudem wurde die Bekämpfung des Menschenhandels als Priorität in den neuen gemeinsamen Benelux-Mehrjahresplan 2021–2024 aufgenommen.'),
    (3, 'nl', 'De bevoegde Benelux-ministers ondertekenden een gezamenlijke verklaring over de bestrijding van mensenhandel. Die voorziet in een betere bescherming van slachtoffers en een nauwere samenwerking via de uitwisseling van goede praktijken en tendensen. Volgens de verklaring kunnen slachtoffers alleen snel en goed geholpen worden als beleid, justitie, politie, hulpverlening en ngo''s nauw samenwerken.'),
    (3, 'fr', 'Les ministres compétents du Benelux ont signé une déclaration commune sur la lutte contre la traite des êtres humains. Elle prévoit une meilleure protection des victimes et une coopération plus étroite grâce à l''échange de bonnes pratiques et de tendances. Selon ce texte, les victimes ne peuvent être aidées rapidement et correctement que si les responsables politiques, la justice, la police, les services sociaux et les ONG travaillent en étroite collaboration.'),
    (3, 'en', 'The competent Benelux ministers signed a joint declaration on the fight against trafficking in human beings. It provides for better protection of victims and closer cooperation through the exchange of good practices and trends. According to the declaration, victims can only be helped quickly and well if policymakers, the judiciary, the police, social services and NGOs work closely together.'),
    (3, 'de', 'Die zuständigen Benelux-Minister unterzeichneten eine gemeinsame Erklärung zur Bekämpfung des Menschenhandels. Sie sieht einen besseren Schutz der Opfer und eine engere Zusammenarbeit durch den Austausch bewährter Praktiken und aktueller Entwicklungen vor. Nach der Erklärung kann Opfern nur dann schnell und wirksam geholfen werden, wenn Politik, Justiz, Polizei, Sozialdienste und NGOs eng zusammenarbeiten.'),
    (4, 'nl', 'Op initiatief van het Benelux-Secretariaat-Generaal volgden ziekenhuismedewerkers uit België, Nederland en Luxemburg een gezamenlijke sessie over het herkennen en verzorgen van slachtoffers van mensenhandel. Artsen, verpleegkundigen en sociale diensten van ziekenhuizen behoren vaak tot de eersten die een slachtoffer zien en moeten dus weten hoe ze kunnen reageren en naar wie ze kunnen doorverwijzen.'),
    (4, 'fr', 'À l''initiative du Secrétariat général Benelux, des membres du personnel hospitalier de Belgique, des Pays-Bas et du Luxembourg ont participé à une session commune consacrée à l''identification des victimes de la traite et à leur prise en charge. Médecins, infirmiers et services sociaux hospitaliers sont souvent parmi les premiers à voir une victime : ils doivent donc savoir comment réagir et vers qui l''orienter.'),
    (4, 'en', 'At the initiative of the Benelux General Secretariat, hospital staff from Belgium, the Netherlands and Luxembourg attended a joint session on identifying and caring for victims of trafficking. Doctors, nurses and hospital social services are often among the first to see a victim, so they need to know how to respond and where to refer the person.'),
    (4, 'de', 'Auf Initiative des Benelux-Generalsekretariats nahmen Krankenhausbeschäftigte aus Belgien, den Niederlanden und Luxemburg an einer gemeinsamen Veranstaltung zum Erkennen und Versorgen von Opfern des Menschenhandels teil. Ärztinnen und Ärzte, Pflegekräfte und die Sozialdienste der Krankenhäuser gehören oft zu den Ersten, die ein Opfer sehen, und müssen daher wissen, wie sie reagieren und an wen sie verweisen können.'),
    (5, 'nl', 'Op uitnodiging van de Benelux-Unie kwamen professionals van overheden en terreinorganisaties uit de drie landen bijeen om de bescherming van minderjarige slachtoffers van mensenhandel te verbeteren. Ze vergeleken hoe kinderen in elk land worden geïdentificeerd, opgevangen en begeleid, en zochten naar mogelijkheden om over de grenzen heen samen te werken.'),
    (5, 'fr', 'À l''invitation de l''Union Benelux, des professionnels des pouvoirs publics et d''organisations de terrain des trois pays se sont réunis pour améliorer la protection des enfants victimes de la traite. Ils ont comparé la manière dont les mineurs sont identifiés, hébergés et accompagnés dans chaque pays et ont recherché des pistes de coopération transfrontalière.'),
    (5, 'en', 'Professionals from public authorities and field organisations in the three countries met at the invitation of the Benelux Union to improve the protection of children who fall victim to trafficking. They compared how minors are identified, sheltered and supported in each country and looked for ways to cooperate across borders.'),
    (5, 'de', 'Auf Einladung der Benelux-Union kamen Fachleute von Behörden und Organisationen vor Ort aus den drei Ländern zusammen, um den Schutz von Kindern als Opfer von Menschenhandel zu verbessern. Sie verglichen, wie Minderjährige in jedem Land identifiziert, untergebracht und begleitet werden, und suchten nach Wegen für eine grenzüberschreitende Zusammenarbeit.'),
    (6, 'nl', 'De Benelux-ministers van Justitie bevestigden dat zij de samenwerking willen versterken tussen opvang- en hulpcentra voor slachtoffers, gerechtelijke overheden en diensten voor politie, immigratie, integratie, arbeidsinspectie en sociale inspectie. Gezamenlijke opleidingen en contactpunten die de uitwisseling over de grens vergemakkelijken, kregen daarbij voorrang.'),
    (6, 'fr', 'Les ministres de la Justice du Benelux ont confirmé leur volonté de renforcer la coopération entre les centres d''accueil et d''assistance aux victimes, les autorités judiciaires et les services de police, d''immigration, d''intégration, d''inspection du travail et d''inspection sociale. La priorité a été donnée aux formations communes et à des points de contact facilitant les échanges transfrontaliers.'),
    (6, 'en', 'The Benelux ministers of justice confirmed their intention to strengthen cooperation between shelters and assistance centres for victims, the judicial authorities and the police, immigration, integration, labour inspection and social inspection services. Priority was given to joint training courses and to contact points that make cross-border exchanges easier.'),
    (6, 'de', 'Die Justizminister der Benelux-Länder bekräftigten ihre Absicht, die Zusammenarbeit zwischen Aufnahme- und Beratungsstellen für Opfer, den Justizbehörden sowie den Polizei-, Einwanderungs-, Integrations-, Arbeitsinspektions- und Sozialinspektionsdiensten zu verstärken. Vorrang erhielten gemeinsame Schulungen und Kontaktstellen, die den grenzüberschreitenden Austausch erleichtern.'),
    (7, 'nl', 'Hulpverleners van opvangcentra voor slachtoffers van mensenhandel uit België, Nederland en Luxemburg namen deel aan een Benelux-opleidingsdag, in aanwezigheid van UNODC-goodwillambassadeur Ozark Henry. Voor het eerst deelden medewerkers van opvangcentra uit de drie landen hun ervaring en expertise over de grenzen heen, wat de basis legde voor een sterk netwerk.'),
    (7, 'fr', 'Des intervenants de centres d''accueil pour victimes de la traite de Belgique, des Pays-Bas et du Luxembourg ont participé à une journée de formation Benelux, en présence d''Ozark Henry, ambassadeur de bonne volonté de l''ONUDC. Pour la première fois, le personnel des centres d''accueil des trois pays a échangé expériences et savoir-faire par-delà les frontières, jetant les bases d''un réseau solide.'),
    (7, 'en', 'Care workers from shelters for trafficking victims in Belgium, the Netherlands and Luxembourg took part in a Benelux training day, joined by UNODC Goodwill Ambassador Ozark Henry. It was the first time that shelter staff from the three countries shared experience and expertise across borders, laying the foundations for a strong network.'),
    (7, 'de', 'Betreuerinnen und Betreuer aus Schutzeinrichtungen für Opfer von Menschenhandel in Belgien, den Niederlanden und Luxemburg nahmen an einem Benelux-Schulungstag teil, an dem auch der UNODC-Goodwill-Botschafter Ozark Henry mitwirkte. Erstmals tauschten Mitarbeitende der Einrichtungen aus den drei Ländern grenzüberschreitend Erfahrungen und Fachwissen aus und legten so den Grundstein für ein starkes Netzwerk.');

-- 7. Each version's first revision, by the article's author, and the Dutch version as the source of the others:
--    the translation desk (V14) then shows what changes in Dutch after this.
INSERT INTO article_revision (article_id, lang, title, slug, teaser, body, status, publish_at, created_by, created_at)
SELECT version.article_id, version.lang, version.title, version.slug, version.teaser, version.body, version.status,
       version.publish_at, author.username, version.updated_at
FROM article_translation version
    JOIN article ON article.id = version.article_id
    LEFT JOIN user_account author ON author.id = article.created_by
WHERE version.article_id BETWEEN 1 AND 15
ORDER BY version.article_id, version.id;

UPDATE article_translation translation
    JOIN article_revision source ON source.article_id = translation.article_id AND source.lang = 'nl'
SET translation.source_lang = 'nl', translation.source_revision_id = source.id
WHERE translation.article_id BETWEEN 1 AND 15 AND translation.lang <> 'nl';

UPDATE article_revision revision
    JOIN article_translation translation ON translation.article_id = revision.article_id AND translation.lang = revision.lang
SET revision.source_revision_id = translation.source_revision_id
WHERE revision.article_id BETWEEN 1 AND 15;
