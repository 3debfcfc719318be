-- Standards compliance (domain.md, "The three assessments"; OECD proposals 4c and 4d).
-- The catalogue is versioned: publishing inserts a new version with its own standards and never changes
-- an older one, so an assessment made against version n keeps reading version n forever.
CREATE TABLE standard_catalogue (
  id            BIGINT         NOT NULL AUTO_INCREMENT,
  number        INT            NOT NULL,
  published_at  DATETIME(6)    NOT NULL,
  published_by  BIGINT         NULL,
  note          VARCHAR(2000)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_standard_catalogue_number UNIQUE (number),
  CONSTRAINT fk_standard_catalogue_published_by FOREIGN KEY (published_by) REFERENCES app_user (id)
);

-- A standard of one catalogue version; its code stays the same across versions so that they can be compared.
CREATE TABLE standard (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  catalogue_id    BIGINT         NOT NULL,
  code            VARCHAR(40)    NOT NULL,
  position        INT            NOT NULL,
  mandatory       BOOLEAN        NOT NULL,
  name_en         VARCHAR(200)   NOT NULL,
  name_es         VARCHAR(200)   NOT NULL,
  name_pt         VARCHAR(200)   NOT NULL,
  description_en  VARCHAR(1000)  NULL,
  description_es  VARCHAR(1000)  NULL,
  description_pt  VARCHAR(1000)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_standard_code UNIQUE (catalogue_id, code),
  CONSTRAINT fk_standard_catalogue FOREIGN KEY (catalogue_id) REFERENCES standard_catalogue (id)
);

-- A project's standards assessment: the catalogue version it is assessed against, fixed by the first
-- self-assessment, and the version that locks the assessment against concurrent saves.
CREATE TABLE standards_assessment (
  project_id    BIGINT       NOT NULL,
  catalogue_id  BIGINT       NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (project_id),
  CONSTRAINT fk_standards_assessment_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_standards_assessment_catalogue FOREIGN KEY (catalogue_id) REFERENCES standard_catalogue (id)
);

-- One standard of a project's assessment: the owner's outcome and evidence (the reason, for NOT_APPLICABLE),
-- the reviewer's confirmation or override with a note, and a waiver with its justification.
CREATE TABLE standard_compliance (
  project_id            BIGINT         NOT NULL,
  standard_id           BIGINT         NOT NULL,
  self_outcome          VARCHAR(20)    NOT NULL,
  evidence              VARCHAR(4000)  NULL,
  self_assessed_by      BIGINT         NOT NULL,
  self_assessed_at      DATETIME(6)    NOT NULL,
  reviewer_outcome      VARCHAR(20)    NULL,
  reviewer_note         VARCHAR(4000)  NULL,
  reviewed_by           BIGINT         NULL,
  reviewed_at           DATETIME(6)    NULL,
  waived                BOOLEAN        NOT NULL DEFAULT FALSE,
  waiver_justification  VARCHAR(4000)  NULL,
  waived_by             BIGINT         NULL,
  waived_at             DATETIME(6)    NULL,
  PRIMARY KEY (project_id, standard_id),
  CONSTRAINT fk_standard_compliance_assessment FOREIGN KEY (project_id) REFERENCES standards_assessment (project_id),
  CONSTRAINT fk_standard_compliance_standard FOREIGN KEY (standard_id) REFERENCES standard (id),
  CONSTRAINT fk_standard_compliance_self_by FOREIGN KEY (self_assessed_by) REFERENCES app_user (id),
  CONSTRAINT fk_standard_compliance_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
  CONSTRAINT fk_standard_compliance_waived_by FOREIGN KEY (waived_by) REFERENCES app_user (id)
);

CREATE INDEX ix_standard_compliance_standard ON standard_compliance (standard_id);

-- Version 1: the default catalogue of domain.md. Mandatory: the eight a project can always be held to
-- (or declare not applicable, with a reason); recommended: agile delivery (waterfall remains a permitted
-- approach), open source (licensing may forbid it), open data by default and environmental sustainability.
-- It is dated with the release that introduced it (a function of the clock is not portable across MySQL,
-- MariaDB and the schema simulation that generates the jOOQ classes) and published by no user: the system.
INSERT INTO standard_catalogue (number, published_at, published_by, note)
VALUES (1, '2026-11-28 00:00:00', NULL, 'Default catalogue of digital standards (domain.md).');

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'USER-RESEARCH', 1, TRUE,
    'User research and service design',
    'Investigación con usuarios y diseño de servicios',
    'Pesquisa com usuários e design de serviços',
    'Understand people''s needs through research with real users, and design the whole service around them, end to end.',
    'Comprender las necesidades de las personas mediante investigación con usuarios reales y diseñar el servicio completo a partir de ellas, de principio a fin.',
    'Compreender as necessidades das pessoas por meio de pesquisa com usuários reais e desenhar o serviço completo a partir delas, de ponta a ponta.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'AGILE-DELIVERY', 2, FALSE,
    'Agile, iterative delivery',
    'Entrega ágil e iterativa',
    'Entrega ágil e iterativa',
    'Deliver in short iterations with a multidisciplinary team, releasing early and improving from feedback.',
    'Entregar en iteraciones cortas con un equipo multidisciplinario, publicando pronto y mejorando a partir de la retroalimentación.',
    'Entregar em iterações curtas com uma equipe multidisciplinar, publicando cedo e melhorando a partir do retorno dos usuários.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'OPEN-STANDARDS', 3, TRUE,
    'Open standards and interoperability',
    'Estándares abiertos e interoperabilidad',
    'Padrões abertos e interoperabilidade',
    'Use open standards and the national interoperability framework, so that data and services can be exchanged with other institutions.',
    'Usar estándares abiertos y el marco nacional de interoperabilidad, para que datos y servicios puedan intercambiarse con otras instituciones.',
    'Usar padrões abertos e o marco nacional de interoperabilidade, para que dados e serviços possam ser trocados com outras instituições.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'DPI-REUSE', 4, TRUE,
    'Reuse of digital public infrastructure (once-only)',
    'Reutilización de la infraestructura pública digital (solo una vez)',
    'Reutilização da infraestrutura pública digital (só uma vez)',
    'Reuse the shared platforms (digital identity, interoperability, payments, notifications, cloud, citizen folder) and never ask people again for data the state already holds.',
    'Reutilizar las plataformas compartidas (identidad digital, interoperabilidad, pagos, notificaciones, nube, carpeta ciudadana) y no volver a pedir a las personas datos que el Estado ya tiene.',
    'Reutilizar as plataformas compartilhadas (identidade digital, interoperabilidade, pagamentos, notificações, nuvem, pasta do cidadão) e não pedir de novo às pessoas dados que o Estado já possui.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'OPEN-SOURCE', 5, FALSE,
    'Open source and reuse',
    'Código abierto y reutilización',
    'Código aberto e reutilização',
    'Publish the code under an open licence where possible, and reuse existing solutions before building new ones.',
    'Publicar el código con una licencia abierta siempre que sea posible y reutilizar soluciones existentes antes de construir otras nuevas.',
    'Publicar o código sob uma licença aberta sempre que possível e reutilizar soluções existentes antes de construir novas.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'SECURITY-BY-DESIGN', 6, TRUE,
    'Security by design',
    'Seguridad desde el diseño',
    'Segurança desde a concepção',
    'Assess threats from the start, protect systems and data throughout the lifecycle, and be ready to detect and respond to incidents.',
    'Evaluar las amenazas desde el inicio, proteger sistemas y datos durante todo el ciclo de vida y estar preparados para detectar incidentes y responder a ellos.',
    'Avaliar as ameaças desde o início, proteger sistemas e dados durante todo o ciclo de vida e estar preparado para detectar e responder a incidentes.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'PRIVACY', 7, TRUE,
    'Privacy and personal data protection',
    'Privacidad y protección de datos personales',
    'Privacidade e proteção de dados pessoais',
    'Collect only the personal data needed, on a legal basis, and protect them by design and by default, with an impact assessment where the law requires one.',
    'Recoger solo los datos personales necesarios, con base legal, y protegerlos desde el diseño y por defecto, con una evaluación de impacto cuando la ley la exija.',
    'Coletar apenas os dados pessoais necessários, com base legal, e protegê-los desde a concepção e por padrão, com relatório de impacto quando a lei o exigir.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'ACCESSIBILITY', 8, TRUE,
    'Accessibility and inclusion (WCAG 2.2 AA, omni-channel)',
    'Accesibilidad e inclusión (WCAG 2.2 AA, omnicanal)',
    'Acessibilidade e inclusão (WCAG 2.2 AA, omnicanal)',
    'Meet WCAG 2.2 level AA and serve everyone through every channel, including people without internet access or digital skills.',
    'Cumplir WCAG 2.2 nivel AA y atender a todas las personas por todos los canales, incluidas las que no tienen acceso a internet ni competencias digitales.',
    'Cumprir a WCAG 2.2 nível AA e atender todas as pessoas por todos os canais, inclusive as que não têm acesso à internet nem habilidades digitais.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'DATA-GOVERNANCE', 9, FALSE,
    'Data governance and open data by default',
    'Gobernanza de datos y datos abiertos por defecto',
    'Governança de dados e dados abertos por padrão',
    'Manage data as an asset with clear owners, quality and metadata, and publish the data that are not personal as open data by default.',
    'Gestionar los datos como un activo, con responsables, calidad y metadatos claros, y publicar por defecto como datos abiertos los que no son personales.',
    'Gerir os dados como um ativo, com responsáveis, qualidade e metadados claros, e publicar por padrão como dados abertos os que não são pessoais.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'ETHICAL-DATA-AI', 10, TRUE,
    'Ethical and responsible use of data and AI',
    'Uso ético y responsable de los datos y la IA',
    'Uso ético e responsável de dados e IA',
    'Use data and algorithms lawfully, fairly and transparently, with human oversight of automated decisions about people.',
    'Usar datos y algoritmos de forma legal, justa y transparente, con supervisión humana de las decisiones automatizadas sobre personas.',
    'Usar dados e algoritmos de forma legal, justa e transparente, com supervisão humana das decisões automatizadas sobre pessoas.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'SUSTAINABILITY', 11, FALSE,
    'Environmental sustainability',
    'Sostenibilidad ambiental',
    'Sustentabilidade ambiental',
    'Reduce energy use, emissions and electronic waste through green-by-design choices of hosting, hardware and software.',
    'Reducir el consumo de energía, las emisiones y los residuos electrónicos con decisiones de alojamiento, hardware y software sostenibles desde el diseño.',
    'Reduzir o consumo de energia, as emissões e o lixo eletrônico com escolhas de hospedagem, hardware e software sustentáveis desde a concepção.'
  FROM standard_catalogue WHERE number = 1;

INSERT INTO standard (catalogue_id, code, position, mandatory, name_en, name_es, name_pt,
    description_en, description_es, description_pt)
  SELECT id, 'PERFORMANCE', 12, TRUE,
    'Performance measurement and user satisfaction',
    'Medición del desempeño y satisfacción de los usuarios',
    'Medição de desempenho e satisfação dos usuários',
    'Measure the service''s performance and its users'' satisfaction with the common methodology, and publish the results.',
    'Medir el desempeño del servicio y la satisfacción de sus usuarios con la metodología común, y publicar los resultados.',
    'Medir o desempenho do serviço e a satisfação dos seus usuários com a metodologia comum e publicar os resultados.'
  FROM standard_catalogue WHERE number = 1;
