package org.stic.examples;

import static org.stic.ActionKind.CERTIFICATION;
import static org.stic.ActionKind.COMMERCIALISATION;
import static org.stic.ActionKind.COORDINATION;
import static org.stic.ActionKind.PROMOTION;
import static org.stic.ActionKind.RD_SUPPORT;
import static org.stic.ActionKind.TECHNOLOGY_TRANSFER;
import static org.stic.ActionKind.TRAINING;
import static org.stic.ChannelKind.DIGITAL_PLATFORM;
import static org.stic.ChannelKind.DIRECT;
import static org.stic.ChannelKind.EVENT;
import static org.stic.CostKind.FIXED;
import static org.stic.CostKind.VARIABLE;
import static org.stic.InteractionDirection.MUTUAL;
import static org.stic.InteractionDirection.ONE_WAY;
import static org.stic.InteractionIntensity.HIGH;
import static org.stic.InteractionIntensity.LOW;
import static org.stic.InteractionIntensity.MEDIUM;
import static org.stic.InteractionKind.COOPERATION;
import static org.stic.InteractionKind.FINANCING;
import static org.stic.InteractionKind.JOINT_RESEARCH;
import static org.stic.InteractionKind.KNOWLEDGE_TRANSFER;
import static org.stic.InteractionKind.SUPPLY;
import static org.stic.ParticipantKind.AUTHORITY;
import static org.stic.ParticipantKind.CLUSTER_ORGANISATION;
import static org.stic.ParticipantKind.DEFENCE_INDUSTRY_ENTERPRISE;
import static org.stic.ParticipantKind.INVESTOR;
import static org.stic.ParticipantKind.LARGE_ENTERPRISE;
import static org.stic.ParticipantKind.OTHER;
import static org.stic.ParticipantKind.RESEARCH_INSTITUTE;
import static org.stic.ParticipantKind.SME;
import static org.stic.ParticipantKind.TECHNOPARK;
import static org.stic.ParticipantKind.UNIVERSITY;
import static org.stic.ParticipantRole.COORDINATOR;
import static org.stic.ParticipantRole.INNOVATION_GENERATOR;
import static org.stic.ParticipantRole.PARTNER;
import static org.stic.ParticipantRole.SUPPLIER;

import java.util.List;

import org.stic.Cluster;
import org.stic.DevelopmentStage;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Participant;
import org.stic.PartnershipKind;
import org.stic.Priority;
import org.stic.RelationshipKind;
import org.stic.ResourceKind;
import org.stic.RevenueKind;
import org.stic.Segment;
import org.stic.SegmentNeed;
import org.stic.ValueProposition;

/**
 * The example clusters, written through the EMF API. The committed files in org.stic.examples/models are these
 * models saved by SticResources.save; ExamplesTest keeps the two equal (and can rewrite the files, see the README).
 * Facts taken from the seed article are marked with its reference numbers; everything else is marked illustrative.
 */
final class ExampleModels {

    /** What each example's description and the README promise about its validation findings. */
    static final String KALUGA_FINDINGS = "INT-001 on 'Сопровождение регистрации лекарственных средств' (a key action"
            + " with no supporting resource), NET-003 on 'Банк развития (региональное отделение)' (a participant in no"
            + " interaction)";
    static final String DEFENCE_FINDINGS = "INT-005 on 'Исследования гражданских рынков' (a key resource with no"
            + " provider), EXT-003 on 'Научные организации' (a segment served by no channel)";
    static final String STARTER_FINDINGS = "none";

    static Cluster kalugaPharma() {
        ModelBuilder m = new ModelBuilder();
        Cluster c = m.cluster;
        c.setName("Калужский фармацевтический кластер");
        c.setSector("Фармацевтика, биомедицина, биотехнологии");
        c.setTerritory("Калужская область");
        c.setSpecialisation("Лекарственные препараты, биотехнологические препараты, медицинские изделия");
        c.setPurpose("Создание универсальных условий для ускоренного инновационного развития участников"
                + " кластера, генерирующих инновации");
        c.setDevelopmentStage(DevelopmentStage.GROWING);
        c.setModelVersion("example 1");
        c.setDescription("The Kaluga cluster of pharmaceutics, biomedicine and biotechnology, named in the seed article"
                + " (references 15 and 17); its purpose is the seed's definition of a STIC's purpose. Everything else in"
                + " this model (participants, links, figures, stage) is illustrative: a teaching example, not a"
                + " description of the real cluster. Validation findings on purpose: " + KALUGA_FINDINGS + ".");

        Participant office = m.participant("Кластерная организация фармацевтического кластера", CLUSTER_ORGANISATION,
                "Калуга", "The specialised organisation that runs the cluster (the kind of body Resolution No. 779,"
                        + " seed reference 14, describes). Illustrative.", COORDINATOR);
        Participant government = m.participant("Министерство экономического развития области", AUTHORITY, "Калуга",
                "Illustrative: the regional authority that co-finances the cluster programme.", PARTNER);
        Participant pharmaPlant = m.participant("Фармацевтический завод полного цикла", LARGE_ENTERPRISE, "Калуга",
                "Illustrative: a large manufacturer of finished dosage forms.", INNOVATION_GENERATOR, PARTNER);
        Participant bioPlant = m.participant("Завод биотехнологических препаратов", LARGE_ENTERPRISE, "Боровск",
                "Illustrative: a large producer of biotechnological medicines.", INNOVATION_GENERATOR);
        Participant biosimilars = m.participant("Стартап по разработке биоаналогов", SME, "Обнинск",
                "Illustrative: a young company developing biosimilars.", INNOVATION_GENERATOR);
        Participant devices = m.participant("Производитель медицинских изделий", SME, "Обнинск",
                "Illustrative: a small maker of diagnostic devices.", INNOVATION_GENERATOR);
        Participant cro = m.participant("Контрактная исследовательская организация", SME, "Калуга",
                "Illustrative: runs preclinical and clinical studies for the cluster's companies.", INNOVATION_GENERATOR,
                SUPPLIER);
        Participant radiology = m.participant("Научный центр радиологии и биомедицины", RESEARCH_INSTITUTE, "Обнинск",
                "Illustrative: a research centre whose results the cluster helps to commercialise.",
                INNOVATION_GENERATOR, SUPPLIER, PARTNER);
        Participant university = m.participant("Региональный университет (фармацевтический профиль)", UNIVERSITY,
                "Калуга", "Illustrative: trains pharmacists and biotechnologists and does applied research.",
                INNOVATION_GENERATOR, SUPPLIER);
        Participant technopark = m.participant("Технопарк «Обнинск»", TECHNOPARK, "Обнинск",
                "Illustrative: houses the shared-use laboratories and the start-ups.", SUPPLIER);
        Participant industrialPark = m.participant("Индустриальный парк фармацевтической специализации", TECHNOPARK,
                "Калужская область", "Illustrative: prepared sites for new plants.", SUPPLIER);
        Participant fund = m.participant("Региональный фонд развития", INVESTOR, "Калуга",
                "Illustrative: seed and venture money for the cluster's projects.", SUPPLIER);
        Participant bank = m.participant("Банк развития (региональное отделение)", INVESTOR, "Калуга",
                "Illustrative: joined the cluster recently and has no interactions yet (finding NET-003 on purpose).",
                SUPPLIER);
        Participant college = m.participant("Колледж фармацевтического производства", OTHER, "Калуга",
                "Illustrative: vocational training of operators for GMP production.", SUPPLIER);

        m.interaction(radiology, pharmaPlant, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM,
                "Illustrative: licences for diagnostic compounds.");
        m.interaction(radiology, bioPlant, JOINT_RESEARCH, MUTUAL, HIGH, "Illustrative: joint research on biologics.");
        m.interaction(university, biosimilars, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM,
                "Illustrative: the start-up's founders came from the university.");
        m.interaction(university, radiology, JOINT_RESEARCH, MUTUAL, MEDIUM, "Illustrative: joint laboratories.");
        m.interaction(cro, pharmaPlant, SUPPLY, ONE_WAY, HIGH, "Illustrative: clinical study services.");
        m.interaction(cro, bioPlant, SUPPLY, ONE_WAY, MEDIUM, "Illustrative: preclinical study services.");
        m.interaction(technopark, biosimilars, COOPERATION, MUTUAL, HIGH, "Illustrative: resident of the technopark.");
        m.interaction(technopark, devices, COOPERATION, MUTUAL, MEDIUM, "Illustrative: resident of the technopark.");
        m.interaction(fund, biosimilars, FINANCING, ONE_WAY, MEDIUM, "Illustrative: a seed investment.");
        m.interaction(fund, devices, FINANCING, ONE_WAY, LOW, "Illustrative: a grant for a prototype.");
        m.interaction(government, office, FINANCING, ONE_WAY, HIGH, "Illustrative: the cluster programme subsidy.");
        m.interaction(office, pharmaPlant, COOPERATION, MUTUAL, MEDIUM, "Illustrative: joint projects.");
        m.interaction(college, pharmaPlant, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM, "Illustrative: trained operators.");
        m.interaction(industrialPark, bioPlant, SUPPLY, ONE_WAY, LOW, "Illustrative: the plant's site.");

        Segment producers = m.segment("Крупные фармацевтические производители", "Over 250 staff, own GMP production",
                "Illustrative segment of the cluster's consumers (seed: consumers are the innovation-generating"
                        + " participants).", pharmaPlant, bioPlant);
        Segment startups = m.segment("Малые инновационные компании", "Under 100 staff, products in development",
                "Illustrative.", biosimilars, devices, cro);
        Segment science = m.segment("Научные и образовательные организации", "Research results to commercialise",
                "Illustrative.", radiology, university);
        SegmentNeed timeToMarket = m.need(producers, "Ускоренный вывод новых препаратов на рынок", Priority.HIGH,
                "Illustrative.");
        SegmentNeed gmpStaff = m.need(producers, "Кадры для GMP-производства", Priority.HIGH, "Illustrative.");
        SegmentNeed labs = m.need(startups, "Доступ к лабораториям и пилотному производству", Priority.HIGH,
                "Illustrative.");
        SegmentNeed earlyMoney = m.need(startups, "Финансирование ранних стадий", Priority.HIGH, "Illustrative.");
        SegmentNeed registration = m.need(startups, "Помощь в регистрации лекарственных средств", Priority.MEDIUM,
                "Illustrative.");
        SegmentNeed partners = m.need(science, "Индустриальные партнёры для результатов исследований",
                Priority.MEDIUM, "Illustrative.");

        ValueProposition sharedLabs = m.proposition("Лаборатории и пилотное производство коллективного пользования",
                "Illustrative.", List.of(startups), labs);
        ValueProposition studies = m.proposition("Сопровождение доклинических и клинических исследований",
                "Illustrative.", List.of(producers, startups), timeToMarket, registration);
        ValueProposition staffTraining = m.proposition("Подготовка кадров под заказ предприятий", "Illustrative.",
                List.of(producers), gmpStaff);
        ValueProposition funding = m.proposition("Доступ к финансированию и грантам", "Illustrative.",
                List.of(startups), earlyMoney);
        ValueProposition transfer = m.proposition("Трансфер технологий и поиск индустриальных партнёров",
                "Illustrative.", List.of(science), partners);

        m.channel("Проектный офис кластерной организации", DIRECT, "Illustrative.", producers, startups, science);
        m.channel("Ежегодный форум фармацевтического кластера", EVENT, "Illustrative.", producers, startups);
        m.channel("Портал кластера", DIGITAL_PLATFORM, "Illustrative.", startups, science);
        m.relationship("Персональный менеджер предприятия", RelationshipKind.DEDICATED_ASSISTANCE, "Illustrative.",
                producers);
        m.relationship("Рабочие группы по направлениям", RelationshipKind.COMMUNITY, "Illustrative.", startups,
                science);
        m.relationship("Совместные проекты", RelationshipKind.CO_CREATION, "Illustrative.", producers, science);
        m.revenue("Членские взносы", RevenueKind.MEMBERSHIP_FEE, 6_000_000, "Illustrative amount (RUB per year).",
                producers, startups);
        m.revenue("Платные услуги лабораторий", RevenueKind.PAID_SERVICE, 18_000_000,
                "Illustrative amount (RUB per year).", startups);
        m.revenue("Субсидия программы поддержки кластеров", RevenueKind.STATE_PROGRAMME, 25_000_000,
                "Illustrative amount (RUB per year), granted for the services to small companies.", startups);
        m.revenue("Доля доходов от коммерциализации", RevenueKind.COMMERCIALISATION_SHARE, 3_000_000,
                "Illustrative amount (RUB per year).", science);

        KeyResource sharedCentre = m.resource("Центр коллективного пользования", ResourceKind.EQUIPMENT,
                "1 200 m² of laboratories", "Illustrative.", technopark);
        KeyResource pilotLine = m.resource("Пилотная GMP-линия", ResourceKind.EQUIPMENT, "20 batches a year",
                "Illustrative.", pharmaPlant);
        KeyResource sites = m.resource("Площадки индустриального парка", ResourceKind.INFRASTRUCTURE, "40 ha",
                "Illustrative.", industrialPark);
        KeyResource competences = m.resource("Научные компетенции в радиологии и биомедицине",
                ResourceKind.INTELLECTUAL, "12 research groups", "Illustrative.", radiology);
        KeyResource curricula = m.resource("Образовательные программы", ResourceKind.HUMAN, "300 graduates a year",
                "Illustrative.", university, college);
        KeyResource seedFund = m.resource("Фонд посевных инвестиций", ResourceKind.FINANCIAL, "150 million RUB",
                "Illustrative.", fund);
        KeyResource registry = m.resource("Реестр компетенций участников", ResourceKind.INFORMATION,
                "All participants", "Illustrative.", office);

        KeyAction equipmentAccess = m.action("Организация доступа к оборудованию", RD_SUPPORT, "Illustrative.",
                List.of(technopark, office), List.of(sharedCentre, pilotLine), sharedLabs);
        KeyAction studySupport = m.action("Сопровождение исследований", RD_SUPPORT, "Illustrative.",
                List.of(cro, radiology), List.of(competences, sharedCentre), studies);
        KeyAction training = m.action("Подготовка кадров", TRAINING, "Illustrative.", List.of(university, college),
                List.of(curricula), staffTraining);
        KeyAction financing = m.action("Финансирование проектов участников", COMMERCIALISATION, "Illustrative.",
                List.of(fund), List.of(seedFund), funding);
        KeyAction technologyTransfer = m.action("Трансфер технологий", TECHNOLOGY_TRANSFER, "Illustrative.",
                List.of(office, radiology), List.of(registry, competences), transfer);
        KeyAction siting = m.action("Размещение производств участников", COORDINATION, "Illustrative.",
                List.of(industrialPark, office), List.of(sites), sharedLabs);
        KeyAction registrationSupport = m.action("Сопровождение регистрации лекарственных средств", CERTIFICATION,
                "Illustrative. No supporting resource yet: the regulatory experts are still to be found (finding"
                        + " INT-001 on purpose).", List.of(cro), List.of(), studies);
        KeyAction promotion = m.action("Продвижение продукции участников", PROMOTION, "Illustrative.",
                List.of(office, government), List.of(registry), transfer);

        m.partnership("Соглашение о центре коллективного пользования", PartnershipKind.SUPPLY,
                "Laboratory space and equipment time", "Illustrative.", List.of(technopark), List.of(sharedCentre),
                equipmentAccess);
        m.partnership("Сетевая образовательная программа", PartnershipKind.STRATEGIC_ALLIANCE,
                "Curricula, teachers and internships", "Illustrative.", List.of(university, college, pharmaPlant),
                List.of(curricula), training);
        m.partnership("Региональная программа поддержки", PartnershipKind.STATE_SUPPORT, "Subsidies and seed money",
                "Illustrative.", List.of(government, fund), List.of(seedFund), financing);
        m.partnership("Консорциум клинических исследований", PartnershipKind.STRATEGIC_ALLIANCE,
                "Study design and execution", "Illustrative.", List.of(cro, radiology), List.of(), studySupport);

        m.cost("Содержание центра коллективного пользования", FIXED, 12_000_000, "Illustrative amount (RUB per year).",
                List.of(sharedCentre));
        m.cost("Обслуживание пилотной линии", VARIABLE, 8_000_000, "Illustrative amount (RUB per year).",
                List.of(pilotLine));
        m.cost("Проектный офис", FIXED, 9_000_000, "Illustrative amount (RUB per year).", List.of(),
                technologyTransfer, promotion);
        m.cost("Расходы на образовательные программы", VARIABLE, 4_000_000, "Illustrative amount (RUB per year).", List.of(),
                training);
        m.cost("Организация форума", VARIABLE, 3_500_000, "Illustrative amount (RUB per year).", List.of(), promotion);
        return c;
    }

    static Cluster defenceRadioelectronics() {
        ModelBuilder m = new ModelBuilder();
        Cluster c = m.cluster;
        c.setName("Кластер диверсификации радиоэлектроники");
        c.setSector("Радиоэлектроника");
        c.setTerritory("Центрально-Чернозёмный район");
        c.setSpecialisation("Гражданская продукция на основе технологий двойного назначения: связь, медицинская"
                + " электроника, «умный город»");
        c.setPurpose("Создание универсальных условий для ускоренного инновационного развития участников"
                + " кластера, генерирующих инновации");
        c.setDevelopmentStage(DevelopmentStage.EMERGING);
        c.setModelVersion("example 1");
        c.setDescription("A defence-industry diversification cluster around a radio-electronics concern (the seed's"
                + " reference 13 names such a concern) that turns dual-use technologies (seed reference 10: the state's"
                + " list of dual-use goods and technologies under export control) into civil products, towards the"
                + " state target that by 2030 at least half of the defence industry's output be civil (seed reference"
                + " 4). All participants, links, figures and the territory are illustrative. Validation findings on"
                + " purpose: " + DEFENCE_FINDINGS + ".");

        Participant concern = m.participant("Радиоэлектронный концерн", DEFENCE_INDUSTRY_ENTERPRISE, "Воронеж",
                "The head company of a radio-electronics concern of the defence industry (seed reference 13); its"
                        + " details here are illustrative.", INNOVATION_GENERATOR, PARTNER);
        Participant plant = m.participant("Приборостроительный завод концерна", DEFENCE_INDUSTRY_ENTERPRISE, "Воронеж",
                "Illustrative: the concern's serial plant, starting civil product lines.", INNOVATION_GENERATOR);
        Participant institute = m.participant("НИИ связи", RESEARCH_INSTITUTE, "Воронеж",
                "Illustrative: the concern's research institute.", INNOVATION_GENERATOR, SUPPLIER);
        Participant university = m.participant("Технический университет", UNIVERSITY, "Воронеж",
                "Illustrative: radio engineering faculty.", SUPPLIER);
        Participant centre = m.participant("Центр диверсификации ОПК", CLUSTER_ORGANISATION, "Воронеж",
                "Illustrative: the specialised cluster organisation.", COORDINATOR);
        Participant telecomSme = m.participant("Разработчик гражданских средств связи", SME, "Воронеж",
                "Illustrative: builds civil radios on licensed dual-use technology.", INNOVATION_GENERATOR);
        Participant medicalSme = m.participant("Производитель медицинской электроники", SME, "Липецк",
                "Illustrative: adapts signal processing to patient monitors.", INNOVATION_GENERATOR);
        Participant smartCity = m.participant("Интегратор систем «умного города»", SME, "Воронеж",
                "Illustrative: integrates sensors and radio networks for municipalities.", INNOVATION_GENERATOR,
                PARTNER);
        Participant technopark = m.participant("Технопарк в сфере высоких технологий", TECHNOPARK, "Воронеж",
                "Illustrative.", SUPPLIER);
        Participant fund = m.participant("Региональный фонд развития промышленности", INVESTOR, "Воронеж",
                "Illustrative: soft loans for civil product launches.", SUPPLIER);
        Participant department = m.participant("Департамент промышленности области", AUTHORITY, "Воронеж",
                "Illustrative.", PARTNER);
        Participant certification = m.participant("Центр сертификации радиоэлектроники", OTHER, "Воронеж",
                "Illustrative: an accredited testing and certification body.", SUPPLIER);
        Participant operator = m.participant("Оператор связи", LARGE_ENTERPRISE, "Москва",
                "Illustrative: the first civil customer of the cluster's radios.", PARTNER);

        m.interaction(plant, concern, SUPPLY, ONE_WAY, HIGH, "Illustrative: serial production for the concern.");
        m.interaction(institute, concern, JOINT_RESEARCH, MUTUAL, HIGH, "Illustrative.");
        m.interaction(university, concern, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM, "Illustrative: graduates.");
        m.interaction(concern, telecomSme, KNOWLEDGE_TRANSFER, ONE_WAY, MEDIUM,
                "Illustrative: a licence for a dual-use technology, cleared by export control.");
        m.interaction(concern, medicalSme, KNOWLEDGE_TRANSFER, ONE_WAY, LOW, "Illustrative: a licence.");
        m.interaction(centre, concern, COOPERATION, MUTUAL, HIGH, "Illustrative: the diversification programme.");
        m.interaction(technopark, telecomSme, COOPERATION, MUTUAL, MEDIUM, "Illustrative: resident.");
        m.interaction(fund, telecomSme, FINANCING, ONE_WAY, MEDIUM, "Illustrative: a soft loan.");
        m.interaction(fund, medicalSme, FINANCING, ONE_WAY, LOW, "Illustrative: a soft loan.");
        m.interaction(department, centre, FINANCING, ONE_WAY, HIGH, "Illustrative: regional programme money.");
        m.interaction(certification, plant, SUPPLY, ONE_WAY, MEDIUM, "Illustrative: tests and certificates.");
        m.interaction(smartCity, operator, SUPPLY, ONE_WAY, MEDIUM, "Illustrative: network solutions.");
        m.interaction(plant, smartCity, SUPPLY, ONE_WAY, MEDIUM, "Illustrative: radio modules.");
        m.interaction(university, institute, JOINT_RESEARCH, MUTUAL, LOW, "Illustrative.");

        Segment defence = m.segment("Предприятия ОПК, осваивающие гражданскую продукцию",
                "Defence-industry enterprises with a civil diversification plan",
                "The consumers the 2030 target concerns (seed reference 4).", concern, plant);
        Segment dualUse = m.segment("Малые компании — пользователи технологий двойного назначения",
                "Civil products built on licensed dual-use technology", "Illustrative.", telecomSme, medicalSme,
                smartCity);
        Segment science = m.segment("Научные организации", "Applied research for civil products",
                "Illustrative. No channel serves it yet (finding EXT-003 on purpose).", institute);
        SegmentNeed markets = m.need(defence, "Выход на гражданские рынки", Priority.HIGH, "Illustrative.");
        SegmentNeed certificates = m.need(defence, "Сертификация гражданской продукции", Priority.HIGH,
                "Illustrative.");
        SegmentNeed civilShare = m.need(defence, "Доля гражданской продукции не менее половины к 2030 году",
                Priority.HIGH, "The state target of seed reference 4.");
        SegmentNeed licences = m.need(dualUse, "Доступ к лицензиям на технологии", Priority.HIGH,
                "Illustrative; licences for dual-use technologies are subject to export control (seed reference 10).");
        SegmentNeed testing = m.need(dualUse, "Испытательная база", Priority.MEDIUM, "Illustrative.");
        SegmentNeed orders = m.need(science, "Заказы на прикладные исследования", Priority.MEDIUM, "Illustrative.");

        ValueProposition marketing = m.proposition("Маркетинг и выход на гражданские рынки", "Illustrative.",
                List.of(defence), markets, civilShare);
        ValueProposition testingService = m.proposition("Испытания и сертификация", "Illustrative.",
                List.of(defence, dualUse), certificates, testing);
        ValueProposition licensing = m.proposition("Лицензирование технологий двойного назначения",
                "Illustrative; within the export-control rules (seed reference 10).", List.of(dualUse), licences);
        ValueProposition research = m.proposition("Заказы на НИОКР для гражданских продуктов", "Illustrative.",
                List.of(science), orders);
        ValueProposition cooperation = m.proposition("Кооперация в гражданских проектах", "Illustrative.",
                List.of(defence, dualUse), markets);

        m.channel("Центр диверсификации", DIRECT, "Illustrative.", defence, dualUse);
        m.channel("Отраслевые выставки", EVENT, "Illustrative.", defence, dualUse);
        m.channel("Каталог технологий на портале", DIGITAL_PLATFORM, "Illustrative.", dualUse);
        m.relationship("Сопровождение проектов диверсификации", RelationshipKind.DEDICATED_ASSISTANCE,
                "Illustrative.", defence);
        m.relationship("Совместные проекты", RelationshipKind.CO_CREATION, "Illustrative.", dualUse, science);
        m.revenue("Платные услуги сертификации", RevenueKind.PAID_SERVICE, 15_000_000,
                "Illustrative amount (RUB per year).", defence, dualUse);
        m.revenue("Доля доходов от лицензий", RevenueKind.COMMERCIALISATION_SHARE, 7_000_000,
                "Illustrative amount (RUB per year).", dualUse);
        m.revenue("Средства программы развития ОПК", RevenueKind.STATE_PROGRAMME, 40_000_000,
                "Illustrative amount (RUB per year); the state programme of seed reference 5.", defence);

        KeyResource emcLab = m.resource("Испытательный комплекс электромагнитной совместимости", ResourceKind.EQUIPMENT,
                "2 anechoic chambers", "Illustrative.", plant);
        KeyResource portfolio = m.resource("Портфель технологий двойного назначения", ResourceKind.INTELLECTUAL,
                "60 technologies", "Illustrative; which of them may be licensed is set by export control (seed"
                        + " reference 10).", concern);
        KeyResource engineers = m.resource("Конструкторские компетенции", ResourceKind.HUMAN, "400 engineers",
                "Illustrative.", concern, institute);
        KeyResource premises = m.resource("Площадки технопарка", ResourceKind.INFRASTRUCTURE, "8 000 m²",
                "Illustrative.", technopark);
        KeyResource loans = m.resource("Займы фонда развития промышленности", ResourceKind.FINANCIAL,
                "300 million RUB", "Illustrative.", fund);
        KeyResource accreditedLab = m.resource("Аккредитованная лаборатория сертификации", ResourceKind.EQUIPMENT,
                "1 500 tests a year", "Illustrative.", certification);
        KeyResource marketStudies = m.resource("Исследования гражданских рынков", ResourceKind.INFORMATION,
                "Studies of 5 markets", "Illustrative. Nobody provides it yet (finding INT-005 on purpose).");

        KeyAction marketAnalysis = m.action("Анализ гражданских рынков", PROMOTION, "Illustrative.", List.of(centre),
                List.of(marketStudies), marketing);
        KeyAction certifying = m.action("Испытания и сертификация продукции", CERTIFICATION, "Illustrative.",
                List.of(certification, plant), List.of(emcLab, accreditedLab), testingService);
        KeyAction licensingAction = m.action("Лицензирование технологий", TECHNOLOGY_TRANSFER,
                "Illustrative; includes the export-control clearance (seed reference 10).", List.of(concern, centre),
                List.of(portfolio), licensing);
        KeyAction jointRd = m.action("Совместные НИОКР", RD_SUPPORT, "Illustrative.", List.of(institute, university),
                List.of(engineers), research);
        KeyAction hosting = m.action("Размещение малых компаний в технопарке", COORDINATION, "Illustrative.",
                List.of(technopark), List.of(premises), cooperation);
        KeyAction launchFinance = m.action("Финансирование запуска гражданских продуктов", COMMERCIALISATION,
                "Illustrative.", List.of(fund), List.of(loans), marketing, cooperation);
        KeyAction retraining = m.action("Переподготовка инженеров", TRAINING, "Illustrative.", List.of(university),
                List.of(engineers), cooperation);

        m.partnership("Соглашение с центром сертификации", PartnershipKind.SUPPLY, "Tests and certificates",
                "Illustrative.", List.of(certification), List.of(accreditedLab), certifying);
        m.partnership("Консорциум «Умный город»", PartnershipKind.STRATEGIC_ALLIANCE,
                "Radio modules, integration and a first customer", "Illustrative.",
                List.of(concern, smartCity, operator), List.of(), hosting);
        m.partnership("Программа фонда развития промышленности", PartnershipKind.STATE_SUPPORT, "Soft loans",
                "Illustrative.", List.of(fund, department), List.of(loans), launchFinance);
        m.partnership("Базовая кафедра концерна в университете", PartnershipKind.STRATEGIC_ALLIANCE,
                "Courses taught by the concern's engineers", "Illustrative.", List.of(concern, university),
                List.of(engineers), retraining);

        m.cost("Содержание испытательного комплекса", FIXED, 20_000_000, "Illustrative amount (RUB per year).",
                List.of(emcLab));
        m.cost("Патентование и лицензирование", VARIABLE, 5_000_000, "Illustrative amount (RUB per year).", List.of(),
                licensingAction);
        m.cost("Маркетинговые исследования", VARIABLE, 3_000_000, "Illustrative amount (RUB per year).",
                List.of(marketStudies), marketAnalysis);
        m.cost("Команда центра диверсификации", FIXED, 12_000_000, "Illustrative amount (RUB per year).", List.of(),
                marketAnalysis, licensingAction);
        m.cost("Обучение инженеров", VARIABLE, 4_500_000, "Illustrative amount (RUB per year).", List.of(),
                retraining);
        return c;
    }

    static Cluster starter() {
        ModelBuilder m = new ModelBuilder();
        Cluster c = m.cluster;
        c.setName("Новый кластер");
        c.setSector("Укажите отрасль");
        c.setTerritory("Укажите территорию");
        c.setPurpose("Создание универсальных условий для ускоренного инновационного развития участников"
                + " кластера, генерирующих инновации");
        c.setDevelopmentStage(DevelopmentStage.INITIATIVE);
        c.setDescription("The smallest complete business model: one element of each kind, linked along the readiness"
                + " chain need -> value proposition -> key action -> key resource. Rename and extend it. Validation"
                + " findings on purpose: " + STARTER_FINDINGS + ".");
        Participant office = m.participant("Кластерная организация", CLUSTER_ORGANISATION, null,
                "Runs the cluster.", COORDINATOR);
        Participant company = m.participant("Инновационная компания", SME, null, "A participant that generates"
                + " innovations: the cluster's consumer.", INNOVATION_GENERATOR);
        m.interaction(office, company, COOPERATION, MUTUAL, MEDIUM, "The cluster organisation works with the company.");
        Segment segment = m.segment("Инновационные компании", "Participants that generate innovations",
                "The cluster's consumers.", company);
        SegmentNeed need = m.need(segment, "Доступ к оборудованию", Priority.HIGH, "What the segment needs.");
        ValueProposition proposition = m.proposition("Оборудование коллективного пользования",
                "What the cluster offers.", List.of(segment), need);
        m.channel("Проектный офис", DIRECT, "How the cluster reaches the segment.", segment);
        m.relationship("Персональное сопровождение", RelationshipKind.PERSONAL_ASSISTANCE,
                "How the cluster keeps in touch.", segment);
        m.revenue("Членские взносы", RevenueKind.MEMBERSHIP_FEE, 1_000_000, "What the segment pays (RUB per year).",
                segment);
        KeyResource equipment = m.resource("Лабораторное оборудование", ResourceKind.EQUIPMENT, "1 laboratory",
                "What the cluster works with.", office);
        KeyAction access = m.action("Предоставление доступа к оборудованию", RD_SUPPORT, "What the cluster does.",
                List.of(office), List.of(equipment), proposition);
        m.cost("Содержание оборудования", FIXED, 800_000, "What it costs (RUB per year).", List.of(equipment), access);
        return c;
    }

    private ExampleModels() {
    }
}
