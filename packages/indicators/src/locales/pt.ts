import { CRITERION_LABELS, LEVEL_NAMES } from '../i18n/labels.js';
import { LANGUAGE_DIRECTION, LANGUAGE_NAMES } from '../i18n/languages.js';
import type { Locale } from '../locale-types.js';

/**
 * Portuguese texts of the LOSI 2024 indicators, written to be read in Brazil and in Portugal; where the two
 * differ, Brazilian usage is preferred (registro, usuário, aplicativo, arquivo, planejamento, contato).
 * Terminology follows United Nations Portuguese usage (governo eletrônico, participação eletrônica,
 * dados governamentais abertos, Objetivos de Desenvolvimento Sustentável, pessoas com deficiência).
 */
export const locale: Locale = {
  lang: 'pt',
  dir: LANGUAGE_DIRECTION.pt,
  name: LANGUAGE_NAMES.pt,
  criteria: CRITERION_LABELS.pt,
  levels: LEVEL_NAMES.pt,
  indicators: {
    // Quadro institucional
    'official-portal': {
      title: 'Portal oficial do governo municipal',
      description: 'O governo da cidade mantém seu próprio site oficial, que se distingue dos sites não oficiais ou comerciais sobre a cidade por um domínio que o identifica como governamental (por exemplo, gov ou gob) junto com a cidade ou o país, por uma linha de direitos autorais no rodapé que nomeia a cidade, ou por ambos.',
      rationale: 'Os moradores precisam de um ponto de entrada único e confiável para as informações e os serviços da cidade, e todos os demais indicadores são avaliados nesse portal.',
      guidance: [
        'Registrar um domínio no espaço de nomes governamental do país (por exemplo, gov ou gob) que inclua o nome da cidade.',
        'Escolher uma hospedagem confiável e um sistema de gestão de conteúdo com manutenção ativa, que a equipe municipal consiga atualizar sem ajuda externa.',
        'Usar um tema de design responsivo e acessível, seguindo um sistema de design do setor público já consolidado, quando houver.',
        'Incluir em todas as páginas um rodapé com um aviso de direitos autorais que nomeie o governo municipal, além de links de contato e de informações legais.',
        'Redirecionar sites municipais antigos ou duplicados para o portal oficial, para que circule apenas um endereço oficial.',
      ],
    },
    'organizational-chart': {
      title: 'Organograma da administração municipal',
      description: 'O portal apresenta um organograma ou diagrama de como a administração municipal está organizada: seus departamentos e unidades e as relações hierárquicas entre eles. Uma simples lista de departamentos, sem a estrutura, não é suficiente.',
      rationale: 'Um organograma mostra aos moradores qual parte da administração é responsável por cada assunto e torna visíveis as linhas de prestação de contas da cidade.',
      guidance: [
        'Elaborar um diagrama claro dos departamentos, das unidades e das relações hierárquicas da administração, a partir do prefeito ou da câmara municipal.',
        'Publicá-lo em uma página fácil de encontrar, como “Sobre o governo municipal”, como página web acessível ou em um formato comum, como PDF ou PNG, com uma alternativa em texto.',
        'Acrescentar uma breve descrição das atribuições e dos serviços de cada unidade, com seus dados de contato.',
        'Atualizar o organograma sempre que mudarem os departamentos, os cargos de direção ou as relações hierárquicas, e indicar a data da última atualização.',
      ],
    },
    'heads-of-departments-and-contacts': {
      title: 'Dirigentes dos departamentos e seus contatos',
      description: 'O portal informa o nome das pessoas que dirigem os departamentos municipais, com seus cargos oficiais e uma forma de contatá-las ou de contatar seu gabinete (número de telefone ou endereço de e-mail). Pode ser uma página, uma seção ou parte do organograma.',
      rationale: 'Moradores e empresas podem levar um assunto diretamente à pessoa responsável, o que torna a administração mais aberta e mais responsável perante o público.',
      guidance: [
        'Reunir o nome, o cargo oficial, o número de telefone e o endereço de e-mail de cada dirigente de departamento, usando os contatos institucionais quando não for adequado divulgar os pessoais.',
        'Publicá-los em uma página específica ou acrescentá-los ao organograma.',
        'Incluir um link para a página no menu principal ou na seção “Sobre o governo municipal”.',
        'Designar alguém para atualizar a página sempre que mudar a direção de um departamento.',
      ],
    },
    'right-of-access-to-information': {
      title: 'Direito de acesso à informação pública',
      description: 'O portal explica o direito legal dos moradores de obter informações em poder do governo, por exemplo apresentando ou indicando por link a lei de liberdade de informação ou de acesso à informação, ou uma página sobre como solicitar informações ao município.',
      rationale: 'Saber que podem pedir informações permite que as pessoas vejam como são tomadas as decisões que as afetam e como o dinheiro público é gasto.',
      guidance: [
        'Verificar qual lei nacional ou local de acesso à informação se aplica à cidade e o que ela exige do município.',
        'Criar uma página específica que explique, em linguagem simples, o que as pessoas podem solicitar, como e em que prazos.',
        'Publicar a lei pertinente, as normas locais e as orientações em formatos acessíveis, ou indicá-las por link.',
        'Oferecer um formulário online para o envio de pedidos de informação, com um contato para dúvidas.',
        'Explicar como são protegidos os dados pessoais de quem faz os pedidos.',
      ],
    },
    'open-data-policy': {
      title: 'Política de dados governamentais abertos',
      description: 'O portal mostra que a cidade se comprometeu a publicar seus dados de forma aberta, por exemplo por meio de uma política, estratégia, carta ou decisão publicada de que os dados serão disponibilizados para que qualquer pessoa possa acessá-los, reutilizá-los e redistribuí-los livremente, ou de um link para esse documento.',
      rationale: 'Uma política declarada faz dos dados abertos uma prática duradoura, e não uma ação pontual, o que favorece a transparência, a prestação de contas e a reutilização por empresas, pesquisadores e moradores.',
      guidance: [
        'Identificar os conjuntos de dados de interesse público mantidos pela cidade.',
        'Adotar uma política de dados abertos que defina padrões de dados, formatos, licenças e periodicidade de atualização.',
        'Publicar a política no portal e incluir um link para ela na seção de dados abertos ou de transparência.',
        'Escolher um software de portal de dados fácil de usar e oferecer APIs para que os dados possam ser reutilizados de forma automatizada.',
        'Tratar da privacidade e da proteção de dados antes da publicação e revisar regularmente os conjuntos de dados publicados à luz da demanda.',
      ],
    },
    'links-to-other-government-agencies': {
      title: 'Links para outros órgãos governamentais',
      description: 'O portal tem uma seção específica, como um diretório ou uma página de “links governamentais”, com links para os sites oficiais de outros órgãos governamentais locais, regionais ou nacionais. Links dispersos em notícias não contam.',
      rationale: 'Os moradores muitas vezes precisam de um serviço de outra esfera de governo; links diretos poupam a busca e protegem contra sites não oficiais que imitam os oficiais.',
      guidance: [
        'Listar os órgãos governamentais locais, regionais e nacionais de que moradores e empresas mais precisam.',
        'Acrescentar ao portal uma seção claramente identificada, como “Links governamentais” ou “Diretório”.',
        'Indicar diretamente o site oficial de cada órgão e agrupar os links de modo que sejam fáceis de percorrer.',
        'Verificar os links regularmente e corrigir ou remover os que estiverem quebrados.',
      ],
    },
    'privacy-policy': {
      title: 'Política de privacidade',
      description: 'O portal tem uma declaração de privacidade, geralmente com link no rodapé ou na página inicial, que explica como o site coleta, usa, armazena e protege os dados pessoais de seus usuários.',
      rationale: 'As pessoas fornecem dados pessoais ao usar os serviços online da cidade; uma política clara gera confiança e mostra que a cidade cumpre a legislação de proteção de dados.',
      guidance: [
        'Listar os dados pessoais que o portal coleta e como são coletados (formulários, contas, cookies, ferramentas de terceiros).',
        'Redigir uma política em linguagem simples que explique as finalidades, os prazos de armazenamento e as medidas de proteção de cada tipo de dado.',
        'Expor os direitos dos usuários sobre seus dados, incluindo como pedir acesso, correção ou exclusão, e como recusar os cookies.',
        'Citar as leis de proteção de dados que a cidade segue e indicar um contato para questões de privacidade.',
        'Incluir um link para a política no rodapé de todas as páginas e revisá-la sempre que as práticas de tratamento de dados mudarem.',
      ],
    },
    'online-service-tutorials': {
      title: 'Tutoriais sobre o uso dos serviços online',
      description: 'O portal oferece orientações que ensinam as pessoas a usar seus serviços online, como guias passo a passo, manuais do usuário, tutoriais em vídeo ou um link de ajuda para os serviços eletrônicos.',
      rationale: 'Instruções claras ajudam moradores com pouca experiência digital a usar os serviços online com confiança e reduzem as ligações e as idas aos balcões de atendimento.',
      guidance: [
        'Descobrir onde os usuários têm dificuldade com os serviços online, a partir das ligações ao suporte, dos comentários recebidos e das estatísticas de acesso do site.',
        'Redigir tutoriais curtos, passo a passo e em linguagem simples, para os serviços mais usados.',
        'Acrescentar uma seção de ajuda com links a partir de cada serviço online e do menu principal.',
        'Acrescentar vídeos ou guias ilustrados quando um procedimento tiver muitas etapas.',
        'Revisar os tutoriais sempre que um serviço mudar e usar as estatísticas de acesso para ver quais temas precisam de mais ajuda.',
      ],
    },

    // Provisão de conteúdo
    'foreign-language-support': {
      title: 'Conteúdo em mais de um idioma',
      description: 'O portal oferece informações ou serviços em pelo menos um idioma além do principal idioma oficial do país, por exemplo por meio de um seletor de idioma ou de um conjunto de páginas traduzidas. Páginas traduzidas hospedadas em outro lugar contam quando o portal as indica explicitamente com um link.',
      rationale: 'Moradores, recém-chegados e visitantes que não leem o idioma principal ainda conseguem encontrar serviços e avisos importantes, o que torna a presença online da cidade mais inclusiva.',
      guidance: [
        'Usar dados do censo, das escolas ou dos balcões de atendimento para identificar os idiomas mais falados na cidade além do oficial.',
        'Escolher um sistema de gestão de conteúdo ou um fluxo de tradução capaz de manter várias versões linguísticas da mesma página.',
        'Traduzir primeiro o conteúdo mais acessado: informações sobre serviços, dados de contato e orientações para emergências.',
        'Acrescentar um seletor de idioma visível em todas as páginas, com cada idioma indicado pelo próprio nome nessa língua.',
        'Atribuir aos responsáveis por cada página a atualização das traduções sempre que o texto original mudar.',
      ],
    },
    'municipality-information': {
      title: 'Informações sobre o município',
      description: 'O portal tem uma página ou seção que descreve a própria cidade, abordando temas como sua história, geografia, população, economia, cultura, natureza ou atrações. Um site de turismo ou de perfil da cidade conta quando o portal o indica com um link.',
      rationale: 'Uma visão clara da cidade ajuda moradores, recém-chegados, investidores e visitantes a compreender o lugar, seu patrimônio e suas oportunidades.',
      guidance: [
        'Reunir dados confiáveis e atualizados sobre a cidade junto ao órgão de estatística, aos arquivos e aos departamentos.',
        'Agrupar o material sob títulos simples, como História, Geografia, População e Economia.',
        'Publicá-lo em uma seção “Sobre a cidade” acessível pelo menu principal ou pelo rodapé.',
        'Designar um responsável que revise os números pelo menos uma vez por ano e após cada censo.',
      ],
    },
    'emergency-alert-subscription': {
      title: 'Inscrição para alertas de emergência',
      description: 'O portal explica como as pessoas podem se inscrever para receber, ou como recebem, avisos sobre emergências como condições meteorológicas extremas, inundações, terremotos ou episódios de poluição do ar, por notificação push, SMS, e-mail ou aplicativo. Informações sobre a plataforma externa de alertas usada pela cidade contam quando o portal a indica com um link.',
      rationale: 'Avisos emitidos a tempo permitem que os moradores tomem precauções antes e durante uma emergência, o que protege vidas e bens.',
      guidance: [
        'Listar as emergências com maior probabilidade de afetar a cidade, como inundações, tempestades, ondas de calor ou picos de poluição.',
        'Decidir por quais canais os alertas serão enviados, por exemplo SMS, e-mail, notificações push ou aplicativo, ou aderir a um serviço de alerta regional ou nacional já existente.',
        'Implantar um sistema de alerta, ou conectar-se a um, que permita à autoridade responsável enviar avisos rapidamente.',
        'Publicar no portal uma página que explique como se inscrever e que tipos de alerta são enviados.',
        'Testar regularmente a cadeia de alerta e manter atualizada a página de inscrição.',
      ],
    },
    'procurement-announcements': {
      title: 'Avisos de contratações públicas',
      description: 'O portal publica os editais abertos de licitação, as solicitações de propostas ou outras oportunidades de contratação do município, ou indica por link a plataforma externa de compras públicas em que esses editais são publicados. Pode ser usado qualquer termo como contratação pública, licitação, concorrência, proposta ou contrato.',
      rationale: 'Divulgar as contratações abertamente dá a todas as empresas uma oportunidade justa de concorrer e permite que os moradores vejam como o dinheiro público está prestes a ser gasto.',
      guidance: [
        'Confirmar quais normas locais e nacionais de contratação pública se aplicam e o que deve ser publicado em cada edital.',
        'Criar no portal uma seção de contratações públicas, ou incluir um link claro para a plataforma externa usada pela cidade.',
        'Publicar cada edital com seus documentos, como especificações, prazos e forma de apresentação das propostas.',
        'Acrescentar novos editais, alterações e esclarecimentos assim que forem emitidos.',
      ],
    },
    'procurement-results': {
      title: 'Resultados das contratações públicas',
      description: 'O portal publica os resultados dos processos de contratação do município, como os contratos adjudicados, os fornecedores vencedores ou os valores dos contratos, ou indica por link a plataforma externa de compras públicas em que esses resultados são publicados.',
      rationale: 'Publicar quem venceu cada contrato mostra que os recursos públicos são gastos de forma justa e permite que moradores e licitantes cobrem a prestação de contas da cidade.',
      guidance: [
        'Definir quais detalhes publicar em cada adjudicação, como o vencedor, o valor, a data e o projeto.',
        'Criar no portal uma página de resultados, ou incluir um link claro para a plataforma que publica as adjudicações da cidade.',
        'Organizar os resultados por projeto, departamento ou data, para facilitar a pesquisa.',
        'Publicar cada resultado logo após a decisão de adjudicação e manter disponíveis os resultados anteriores.',
      ],
    },
    'information-about-services': {
      title: 'Catálogo de serviços com detalhes de cada serviço',
      description: 'O portal lista os serviços do município e, para cada serviço, dá detalhes práticos, como em que consiste, como solicitá-lo, quais documentos são necessários, quanto tempo leva e quanto custa. Uma simples lista de nomes de serviços não conta.',
      rationale: 'Conhecer de antemão as etapas, os documentos e os custos poupa aos moradores deslocamentos e ligações inúteis e torna os serviços da cidade transparentes.',
      guidance: [
        'Fazer um inventário de todos os serviços oferecidos pelo município, com o departamento responsável por cada um.',
        'Agrupar os serviços em categorias que os moradores reconheçam, como habitação, família ou empresas.',
        'Redigir uma página para cada serviço com sua descrição, etapas, documentos exigidos, prazo de atendimento, custo e contato.',
        'Incluir em cada página de serviço um link para o respectivo formulário online ou página de pagamento, quando existir.',
        'Pedir aos departamentos que revisem regularmente suas páginas de serviço e sempre que uma regra ou taxa mudar.',
      ],
    },
    'initiatives-with-third-parties': {
      title: 'Iniciativas com parceiros externos',
      description: 'O portal descreve pelo menos uma iniciativa que o município realiza em conjunto com terceiros, como organizações da sociedade civil, empresas, universidades ou moradores que contribuem com recursos ou ideias por meio de financiamento coletivo (crowdfunding) ou colaboração coletiva (crowdsourcing).',
      rationale: 'Mostrar iniciativas conjuntas torna as parcerias visíveis, convida outros a participar e mostra como a cidade trabalha com sua comunidade para melhorar os serviços públicos.',
      guidance: [
        'Identificar os programas e serviços que a cidade já realiza com grupos da sociedade civil, empresas ou outros parceiros.',
        'Reunir, para cada iniciativa, os objetivos, os parceiros, os resultados e as formas de participar.',
        'Publicar no portal uma seção que apresente essas parcerias e explique como moradores ou organizações podem aderir a elas.',
        'Manter a seção atualizada à medida que as iniciativas começam, mudam ou terminam.',
      ],
    },
    'health-information': {
      title: 'Informações sobre saúde',
      description: 'O portal oferece informações relacionadas à saúde, por exemplo onde encontrar serviços de saúde, orientações sobre vacinação ou prevenção, ou como a cidade se prepara para emergências de saúde. Um portal de saúde ou o site de uma autoridade de saúde conta quando o portal municipal o indica com um link.',
      rationale: 'O acesso fácil aos serviços e orientações de saúde locais ajuda os moradores a cuidar da saúde e a saber a quem recorrer em uma emergência.',
      guidance: [
        'Reunir informações de saúde confiáveis e pertinentes para a cidade, em colaboração com a autoridade de saúde local ou nacional.',
        'Criar no portal uma seção de saúde, ou incluir um link claro para o site da autoridade de saúde.',
        'Organizar o conteúdo em temas claros, como serviços de saúde, prevenção, saúde mental e contatos de emergência.',
        'Exibir com destaque os números de emergência e os hospitais mais próximos.',
        'Revisar o conteúdo regularmente e, durante uma emergência de saúde, imediatamente.',
      ],
    },
    'environmental-information': {
      title: 'Informações ambientais',
      description: 'O portal oferece informações sobre questões ambientais, como ação climática, economia de energia, áreas verdes, ruído ou como os moradores podem reduzir suas emissões de gases de efeito estufa.',
      rationale: 'Informações ambientais práticas ajudam os moradores a adotar hábitos mais sustentáveis e mostram o que a cidade está fazendo para ser um lugar mais saudável e sustentável para viver.',
      guidance: [
        'Reunir informações atualizadas sobre os programas ambientais da cidade e sobre ações práticas que os moradores podem adotar.',
        'Criar no portal uma seção de meio ambiente.',
        'Organizá-la em temas como energia, clima, transporte, áreas verdes e resíduos.',
        'Acrescentar detalhes locais, como incentivos, programas e locais que os moradores podem usar.',
        'Atualizar a seção à medida que as políticas, os programas e os resultados mudarem.',
      ],
    },
    'education-information': {
      title: 'Informações sobre educação',
      description: 'O portal oferece informações sobre educação, por exemplo cuidados na primeira infância, matrícula na pré-escola e na escola, um diretório de escolas ou apoio aos pais.',
      rationale: 'Informações claras sobre educação ajudam as famílias a encontrar vagas para seus filhos e a usar o apoio disponível, desde a primeira infância.',
      guidance: [
        'Reunir junto aos órgãos responsáveis informações atualizadas sobre os cuidados na primeira infância, a pré-escola e o ensino escolar.',
        'Criar no portal uma seção de educação, ou incluir um link claro para o site da autoridade educacional.',
        'Organizá-la por etapa, como primeira infância, ensino fundamental ou primário e ensino médio ou secundário, indicando como fazer a matrícula em cada etapa.',
        'Acrescentar um diretório das escolas e pré-escolas locais e recursos para os pais.',
        'Manter atualizados a cada ano letivo as datas, os prazos e os contatos.',
      ],
    },
    'social-welfare-information': {
      title: 'Informações sobre assistência social',
      description: 'O portal oferece informações sobre assistência social, como benefícios sociais e os programas ou iniciativas disponíveis para determinados grupos, com detalhes suficientes para saber o que existe e a quem recorrer.',
      rationale: 'Pessoas em dificuldade precisam descobrir rapidamente a que apoio têm direito e como obtê-lo.',
      guidance: [
        'Reunir informações precisas sobre os benefícios sociais, os programas de assistência e as iniciativas focalizadas disponíveis na cidade.',
        'Criar no portal uma seção de assistência social, ou incluir um link claro para o órgão que administra esses programas.',
        'Organizá-la em categorias claras, como auxílio financeiro, apoio à moradia e programas para grupos específicos.',
        'Indicar, para cada programa, os critérios de elegibilidade, como se inscrever e a quem recorrer.',
        'Atualizar a seção quando as regras, os valores ou os prazos mudarem.',
      ],
    },
    'leisure-culture-sports-information': {
      title: 'Informações sobre lazer, cultura e esporte',
      description: 'O portal oferece informações sobre lazer, cultura e esporte, como instalações e atividades esportivas, parques, parquinhos e espaços abertos, equipamentos culturais, eventos ou turismo.',
      rationale: 'Informações sobre o que a cidade oferece em esporte, cultura e recreação contribuem para o bem-estar dos moradores e ajudam a atrair visitantes.',
      guidance: [
        'Reunir informações sobre instalações esportivas, parques, parquinhos, equipamentos culturais, eventos e atrações.',
        'Criar no portal uma seção de lazer, ou incluir um link claro para o site de cultura ou de turismo da cidade.',
        'Organizá-la em categorias como esporte e atividade física, parques e espaços abertos, cultura e turismo.',
        'Informar horários de funcionamento, endereços, preços e formas de reserva, quando for o caso, e mantê-los atualizados.',
      ],
    },
    'information-for-vulnerable-groups': {
      title: 'Informações para grupos vulneráveis',
      description: 'O portal oferece informações destinadas a grupos vulneráveis, como mulheres, crianças, jovens, pessoas com deficiência, pessoas idosas, povos indígenas ou pessoas que vivem em situação de pobreza, por exemplo sobre os serviços, direitos ou programas disponíveis para eles.',
      rationale: 'Informações direcionadas ajudam as pessoas com maior risco de ficar para trás a encontrar o apoio destinado a elas.',
      guidance: [
        'Reunir informações sobre programas e serviços para cada grupo vulnerável, oferecidos pela cidade, por outros órgãos públicos e por organizações não governamentais.',
        'Criar uma seção claramente identificada, acessível pelo menu principal.',
        'Organizar o conteúdo por grupo, como pessoas idosas, pessoas com deficiência ou crianças e jovens.',
        'Dar detalhes práticos de cada oferta: critérios de elegibilidade, como se inscrever e a quem recorrer.',
        'Manter a seção atualizada e verificar se as próprias páginas são acessíveis.',
      ],
    },
    'justice-information': {
      title: 'Informações sobre justiça e recursos',
      description: 'O portal oferece informações sobre questões de justiça que os moradores tratam no âmbito local, como contestar uma multa de trânsito ou de estacionamento, recorrer de um lançamento de imposto municipal ou impugná-lo, ou usar serviços de mediação.',
      rationale: 'Saber como contestar uma decisão ou resolver um conflito protege os direitos dos moradores e torna a administração mais responsável perante o público.',
      guidance: [
        'Listar os procedimentos que os moradores usam para contestar decisões municipais, como multas, lançamentos de impostos ou licenças, e os serviços de mediação existentes.',
        'Criar no portal uma seção para esses assuntos, com um nome claro, como “Recursos e conflitos”.',
        'Explicar cada procedimento passo a passo, com prazos, formulários e onde apresentá-los.',
        'Incluir links para organizações de assistência jurídica e para os tribunais ou serviços jurídicos competentes.',
        'Revisar as páginas sempre que os procedimentos ou prazos mudarem.',
      ],
    },
    'employment-information': {
      title: 'Informações sobre emprego e capacitação',
      description: 'O portal oferece informações sobre trabalho, como procurar emprego, programas de capacitação e qualificação profissional, ou benefícios e apoio em caso de desemprego. O site de uma agência de emprego indicado por link conta.',
      rationale: 'O apoio na busca de emprego e na qualificação contribui para o sustento dos moradores e para a economia local.',
      guidance: [
        'Reunir informações sobre oportunidades de emprego locais, programas de capacitação e qualificação e apoio em caso de desemprego, incluindo os oferecidos por outros órgãos.',
        'Criar no portal uma seção de trabalho e emprego.',
        'Organizá-la em temas como procurar emprego, capacitação e qualificação, e apoio em caso de desemprego.',
        'Incluir links para as agências de emprego e as instituições de capacitação pertinentes.',
        'Manter atualizados os programas, as datas e os contatos.',
      ],
    },
    'smart-city-initiatives': {
      title: 'Iniciativas de cidade inteligente',
      description: 'O portal mostra pelo menos um tipo de esforço de cidade inteligente: anúncios de iniciativas, projetos ou serviços de cidade inteligente; uma estratégia ou um plano de cidade inteligente; ou serviços inteligentes à disposição dos moradores.',
      rationale: 'O trabalho de cidade inteligente usa tecnologia e dados para melhorar a infraestrutura, a eficiência, a sustentabilidade e a qualidade de vida, e publicá-lo informa aos moradores o que a cidade está fazendo e por quê.',
      guidance: [
        'Explicar no portal o que “cidade inteligente” significa para o município e quais são suas prioridades.',
        'Criar uma seção específica sobre cidade inteligente.',
        'Anunciar nela os projetos e serviços de cidade inteligente em andamento e planejados, e atualizá-la à medida que avançam.',
        'Publicar a estratégia ou o plano de cidade inteligente e os relatórios de progresso, para que qualquer pessoa possa lê-los.',
      ],
    },
    'use-of-emerging-technologies': {
      title: 'Uso de tecnologias emergentes',
      description: 'O portal comprova que o município usa uma tecnologia emergente, como inteligência artificial, blockchain ou Internet das Coisas, em seus serviços ou aplicações, por exemplo na gestão de resíduos, no estacionamento, no transporte ou na iluminação pública.',
      rationale: 'Mostrar usos concretos de novas tecnologias gera confiança na forma como a cidade as aplica e informa os moradores sobre os serviços que elas melhoram.',
      guidance: [
        'Identificar áreas municipais em que tecnologias emergentes poderiam ajudar, como resíduos, estacionamento, transporte, iluminação ou segurança pública.',
        'Envolver as partes interessadas locais para compreender os possíveis usos e as preocupações existentes.',
        'Elaborar um roteiro para incorporar essas tecnologias aos serviços municipais, com princípios para seu uso responsável.',
        'Começar por pequenos projetos-piloto e publicar o que eles fazem e como funcionam.',
        'Avaliar o impacto de cada piloto, solicitar opiniões e publicar os resultados.',
      ],
    },
    'sdg-data': {
      title: 'Dados locais sobre o progresso dos ODS',
      description: 'O portal publica dados quantitativos sobre o progresso da cidade rumo aos Objetivos de Desenvolvimento Sustentável (ODS), em qualquer formato: estatísticas, tabelas, gráficos, estudos ou uma Revisão Local Voluntária. Menções aos ODS sem números não contam.',
      rationale: 'Medir o progresso nos ODS torna visível o desenvolvimento da cidade e permite que os moradores cobrem o cumprimento de seus compromissos.',
      guidance: [
        'Escolher os objetivos e as metas mais pertinentes para a cidade e os indicadores locais que os medem.',
        'Coletar os dados, indicando a fonte e a data de cada número.',
        'Publicar os números em uma seção específica, organizada por objetivo, com tabelas ou gráficos.',
        'Considerar a elaboração de uma Revisão Local Voluntária e sua publicação no portal.',
        'Atualizar os dados em intervalos regulares, para que o progresso ao longo do tempo possa ser acompanhado.',
      ],
    },
    'public-transport-information': {
      title: 'Informações sobre transporte público',
      description: 'O portal oferece informações sobre transporte público, como horários, mapas de linhas ou tarifas e formas de pagamento, ou indica por link um portal específico de transporte público ou o site da empresa operadora.',
      rationale: 'O acesso fácil às informações de transporte ajuda moradores e visitantes a se deslocar pela cidade e incentiva formas de deslocamento menos poluentes.',
      guidance: [
        'Criar no portal uma seção de transporte, ou combinar com a empresa operadora um link em destaque para o site dela.',
        'Incluir horários, mapas de linhas, tarifas e formas de pagamento, ou um link para onde eles estão disponíveis.',
        'Acrescentar, se possível, um planejador de viagens ou um mapa interativo.',
        'Mostrar informações em tempo real sobre chegadas e interrupções, quando a operadora as fornecer.',
      ],
    },
    'municipal-mobile-apps': {
      title: 'Aplicativos móveis municipais',
      description: 'Existe pelo menos um aplicativo móvel que desempenha ou apoia uma função municipal, como relatar problemas, pagar contas, estacionamento, transporte ou informações sobre a cidade, e o portal o apresenta, normalmente com uma descrição ou um link para a loja de aplicativos.',
      rationale: 'Os aplicativos colocam os serviços e as informações da cidade no bolso dos moradores, disponíveis a qualquer hora e em qualquer lugar.',
      guidance: [
        'Fazer um inventário dos aplicativos que o município e seus órgãos já oferecem.',
        'Se não houver nenhum, escolher um serviço muito usado pelos moradores, como comunicar problemas ou pagar taxas, e oferecê-lo como aplicativo.',
        'Criar no portal uma página de aplicativos que descreva a finalidade e as funcionalidades de cada um.',
        'Oferecer links diretos de download nas principais lojas de aplicativos.',
        'Revisar a lista regularmente e remover os aplicativos que não recebem mais manutenção.',
      ],
    },
    'waste-reduction-and-recycling-information': {
      title: 'Informações sobre redução de resíduos e reciclagem',
      description: 'O portal informa aos moradores como e onde podem reduzir, reciclar ou reutilizar resíduos, por exemplo regras de separação, calendários de coleta ou a localização de centros de reciclagem, muitas vezes em uma seção sobre meio ambiente ou sobre “viver na cidade”.',
      rationale: 'Instruções claras facilitam a separação correta e a reciclagem, o que mantém a cidade mais limpa e reduz a quantidade de resíduos que precisa ser descartada.',
      guidance: [
        'Criar uma seção sobre resíduos e reciclagem, por exemplo em “Meio ambiente” ou “Viver na cidade”.',
        'Explicar como separar cada tipo de resíduo e publicar os calendários de coleta.',
        'Listar os centros de reciclagem e os pontos de coleta, incluindo os de resíduos perigosos, com endereços e horários de funcionamento.',
        'Divulgar iniciativas locais de reutilização e de redução de resíduos, como oficinas de reparo (repair cafés) ou mutirões de limpeza.',
      ],
    },
    'road-information': {
      title: 'Informações sobre vias e segurança viária',
      description: 'O portal oferece informações sobre as vias, como orientações de segurança viária, estatísticas de acidentes de trânsito, projetos de melhoria viária, obras, interdições e desvios, ou como comunicar um problema de segurança viária.',
      rationale: 'As informações sobre as vias ajudam as pessoas a planejar seus deslocamentos, evitar transtornos e circular com mais segurança, o que reduz os acidentes.',
      guidance: [
        'Criar no portal uma seção sobre as vias.',
        'Publicar as obras, interdições e desvios em curso e mantê-los atualizados.',
        'Acrescentar orientações de segurança viária para motoristas, ciclistas, pedestres, escolas e pais.',
        'Publicar as regras de trânsito locais e as estatísticas de acidentes, e explicar como comunicar um problema de segurança viária.',
        'Anunciar os projetos de melhoria viária previstos e seu andamento.',
      ],
    },
    'portal-usage-statistics': {
      title: 'Estatísticas de uso do portal',
      description: 'O portal publica estatísticas sobre seu próprio uso, como número de visitas ou de novos visitantes, visualizações de página ou tempo médio de permanência no site.',
      rationale: 'Publicar os números de uso mostra como os moradores usam o portal e obriga a cidade a prestar contas da melhoria de seus serviços online.',
      guidance: [
        'Implantar uma ferramenta de análise de tráfego web que respeite as regras de privacidade aplicáveis à cidade.',
        'Definir quais números acompanhar e publicar, como visitas, visualizações de página e tempo de permanência no site.',
        'Publicar os números em uma página do portal, como tabelas ou gráficos, ou como conjunto de dados abertos.',
        'Atualizar a página em intervalos regulares e usar as conclusões para melhorar o portal.',
      ],
    },
    'emergency-and-disaster-section': {
      title: 'Seção sobre emergências e desastres',
      description: 'O portal tem uma seção específica, ou um link para outro portal do governo local, sobre emergências e desastres, como inundações, ameaças à segurança pública ou pandemias, com informações sobre preparação ou resposta.',
      rationale: 'Um único local confiável, com informações precisas sobre emergências, ajuda os moradores a se preparar, a manter-se em segurança e a se recuperar durante uma crise.',
      guidance: [
        'Trabalhar com os serviços de emergência e os departamentos pertinentes para reunir informações precisas sobre preparação e resposta.',
        'Criar uma seção ou um subsite específico sobre emergências, acessível a partir da página inicial.',
        'Incluir os riscos, orientações de preparação, números de emergência, abrigos e o que fazer durante e depois de um evento.',
        'Acrescentar atualizações em tempo real dos órgãos responsáveis, para que a seção esteja em dia durante uma crise.',
        'Divulgar a seção para que os moradores saibam onde procurar antes que uma emergência aconteça.',
      ],
    },
    'air-pollution-policy-information': {
      title: 'Políticas e medidas contra a poluição do ar',
      description: 'O portal apresenta as políticas, os planos ou as medidas da cidade para reduzir a poluição do ar, como um plano de qualidade do ar, zonas de baixa emissão ou restrições durante picos de poluição.',
      rationale: 'Explicar o que a cidade faz contra a poluição do ar aumenta a conscientização e o apoio a um ar mais limpo e a uma população mais saudável.',
      guidance: [
        'Compilar as políticas, as normas e os projetos da cidade sobre poluição do ar.',
        'Criar no portal uma seção sobre qualidade do ar com os planos e documentos pertinentes.',
        'Explicar as medidas em linguagem simples, com infográficos e documentos para download.',
        'Publicar relatórios de progresso e atualizar a seção à medida que as medidas mudarem.',
      ],
    },
    'air-pollution-measurements': {
      title: 'Medições da qualidade do ar',
      description: 'O portal mostra medições reais da qualidade do ar na cidade, como valores de poluentes, um índice de qualidade do ar, gráficos, mapas ou dados para download. Um site de monitoramento indicado por link conta quando mostra dados da cidade.',
      rationale: 'Dados atualizados sobre a qualidade do ar permitem que os moradores protejam sua saúde, por exemplo em dias de poluição elevada, e mostram como a qualidade do ar evolui ao longo do tempo.',
      guidance: [
        'Obter dados de qualidade do ar das estações de monitoramento da cidade ou do órgão ambiental.',
        'Apresentá-los como um índice, mapa ou gráfico que os moradores possam entender.',
        'Colocá-los em uma seção de meio ambiente ou de qualidade do ar do portal, que funcione em todos os dispositivos comuns.',
        'Atualizar os dados automaticamente, em tempo real quando possível, e explicar o que os valores significam para a saúde.',
      ],
    },
    'user-satisfaction-measurement': {
      title: 'Pesquisas de satisfação dos usuários',
      description: 'O portal oferece ou explica uma forma pela qual o município mede a satisfação dos usuários, como uma enquete, um questionário ou a avaliação de páginas ou serviços.',
      rationale: 'Perguntar aos usuários o quanto estão satisfeitos mostra onde o portal e os serviços deixam a desejar e ajuda a cidade a melhorá-los.',
      guidance: [
        'Escolher uma ferramenta de pesquisa ou de enquete fácil de usar para os moradores.',
        'Elaborar um questionário curto ou uma avaliação sobre os aspectos do portal e dos serviços que mais importam.',
        'Colocá-lo em destaque no portal, funcionando em todos os dispositivos comuns.',
        'Divulgar a pesquisa pelos demais canais da cidade.',
        'Analisar as respostas regularmente e agir com base nelas.',
      ],
    },
    'user-satisfaction-results': {
      title: 'Resultados publicados da satisfação dos usuários',
      description: 'O portal publica uma porcentagem ou outra estatística que mostra o grau de satisfação dos usuários com o portal ou com seus serviços online, por exemplo os resultados de uma pesquisa de satisfação que os abranja.',
      rationale: 'Publicar os resultados de satisfação mostra que a cidade leva a sério a qualidade dos serviços e gera confiança entre os moradores.',
      guidance: [
        'Coletar dados de satisfação por meio de uma pesquisa, enquete ou avaliação sobre o portal e seus serviços.',
        'Calcular indicadores claros, como a proporção de usuários satisfeitos.',
        'Publicar os resultados no portal em gráficos ou tabelas, com a data e o método da pesquisa.',
        'Atualizar os resultados após cada rodada de pesquisa e manter as rodadas anteriores para comparação.',
      ],
    },
    'upcoming-events': {
      title: 'Agenda de próximos eventos',
      description: 'O portal tem uma seção que lista os próximos eventos na cidade, com datas, como um calendário ou uma agenda de eventos. Um site de eventos da cidade indicado por link no portal conta.',
      rationale: 'Uma agenda de eventos mantém os moradores informados sobre atividades culturais, sociais e recreativas e os incentiva a participar da vida da cidade.',
      guidance: [
        'Reunir informações sobre os próximos eventos junto aos departamentos municipais, aos organizadores locais e aos grupos comunitários.',
        'Criar no portal uma seção de eventos, ordenada por data e categoria.',
        'Acrescentar os novos eventos prontamente e retirar os que já passaram.',
        'Permitir que os organizadores enviem eventos online para análise e divulgar a seção pelos demais canais da cidade.',
      ],
    },
    'news-section': {
      title: 'Seção de notícias do município',
      description: 'O portal tem uma seção de notícias sobre a atualidade da cidade, como novas decisões ou mudanças de políticas, planos e programas de desenvolvimento ou histórias da vida na cidade, com itens datados.',
      rationale: 'Notícias regulares mantêm os moradores informados sobre as decisões e os acontecimentos que os afetam e tornam a administração mais transparente.',
      guidance: [
        'Estabelecer um processo para que os departamentos forneçam notícias sobre decisões, mudanças de políticas, planos e a vida na cidade.',
        'Criar no portal uma seção de notícias, organizada por data e tema.',
        'Redigir as notícias em linguagem clara, com imagens ou vídeos quando ajudarem.',
        'Publicar novas notícias regularmente e logo após cada decisão ou acontecimento.',
      ],
    },
    'free-internet-access': {
      title: 'Acesso público e gratuito à internet',
      description: 'O portal mostra que o governo oferece acesso gratuito à internet, por exemplo Wi-Fi gratuito em determinadas áreas públicas ou um acordo com operadoras de telefonia móvel, normalmente com os locais ou a forma de se conectar.',
      rationale: 'O acesso gratuito reduz a exclusão digital, de modo que os moradores que não podem pagar por uma conexão ainda consigam usar os serviços e as informações online.',
      guidance: [
        'Oferecer acesso gratuito à internet, por exemplo Wi-Fi em prédios públicos e praças, ou por meio de um acordo com operadoras.',
        'Criar no portal uma página que liste os locais, de preferência em um mapa.',
        'Explicar brevemente como se conectar e as eventuais condições de uso.',
        'Divulgar o serviço e manter atualizada a lista de locais, com uma forma de os usuários comunicarem problemas.',
      ],
    },
    'assisted-access-points': {
      title: 'Pontos de atendimento assistido para serviços online',
      description: 'O portal informa sobre locais físicos, como centros comunitários, bibliotecas, agências dos correios ou centros de atendimento, onde as pessoas podem receber ajuda presencial para usar os serviços governamentais online.',
      rationale: 'Nem todos conseguem usar os serviços online sozinhos; a ajuda presencial garante que o governo digital chegue a todas as pessoas.',
      guidance: [
        'Firmar parcerias com centros comunitários, bibliotecas, agências dos correios ou os próprios centros de atendimento da cidade para receber pontos de apoio.',
        'Equipar esses locais com computadores e acesso à internet.',
        'Capacitar funcionários ou voluntários para ajudar os moradores a usar os serviços online.',
        'Listar os pontos de apoio no portal, com endereços, horários de funcionamento e o tipo de ajuda oferecida.',
        'Coletar a opinião dos usuários para melhorar os pontos de apoio.',
      ],
    },

    // Provisão de serviços
    'online-police-declaration': {
      title: 'Registro de ocorrência policial online',
      description: 'Uma pessoa pode registrar uma ocorrência na polícia online, por exemplo comunicar um furto, seja por um formulário no portal municipal, seja por um site ou aplicativo da polícia que o portal indica explicitamente com um link. O registro em si deve ser enviado online; apenas um número de emergência ou o endereço de uma delegacia não atende ao indicador.',
      rationale: 'Registrar infrações de menor gravidade sem ir a uma delegacia poupa tempo às vítimas e dá à polícia um registro mais rápido e mais completo para agir.',
      guidance: [
        'Combinar com a polícia municipal ou nacional quais ocorrências (furto, perda, danos, incidentes menores) podem ser registradas online e quem as tratará.',
        'Se a polícia já mantém um serviço ou aplicativo de registro online, acrescentar um link claramente identificado para ele nas páginas de segurança ou de serviços do portal, em vez de criar um segundo serviço.',
        'Caso contrário, criar um formulário de registro seguro, com instruções simples sobre o que informar e sobre quais casos ainda devem ser comunicados presencialmente ou pelo número de emergência.',
        'Enviar a cada pessoa que faz o registro uma confirmação imediata com um número de protocolo gerado automaticamente.',
        'Conectar os registros recebidos ao sistema de gestão de ocorrências da polícia, para que nenhum registro precise ser digitado de novo.',
      ],
    },
    'driver-licence-application': {
      title: 'Solicitação online da carteira de habilitação',
      description: 'A carteira de habilitação (carta de condução) pode ser solicitada online, seja no portal municipal, seja no site da autoridade de trânsito responsável (muitas vezes regional ou nacional) que o portal indica explicitamente com um link.',
      rationale: 'A habilitação para dirigir é um dos trâmites mais frequentes das pessoas com o governo; tratá-la online reduz as filas, evita idas ao balcão e permite conferir os documentos antes de qualquer deslocamento.',
      guidance: [
        'Verificar qual autoridade emite as carteiras de habilitação no país e se ela já oferece solicitação online.',
        'Quando outra autoridade presta o serviço, publicar no portal uma página que explique as etapas e inclua um link direto para a solicitação online dessa autoridade.',
        'Quando a própria cidade emite as carteiras, oferecer uma solicitação online segura, com envio de documentos, verificação de identidade e pagamento online das taxas.',
        'Informar os requisitos, os documentos exigidos e quais etapas ainda exigem comparecimento presencial, como exames ou fotografias.',
        'Permitir que os solicitantes acompanhem online a situação de seu pedido.',
      ],
    },
    'building-permit-application': {
      title: 'Solicitação online de licença de construção',
      description: 'O pedido de licença (alvará) de construção pode ser preenchido e enviado online, seja no portal municipal, seja em uma plataforma externa de licenciamento eletrônico que o portal indica explicitamente com um link.',
      rationale: 'O licenciamento online acelera as aprovações, reduz a papelada para proprietários e construtores e torna as normas urbanísticas mais fáceis de seguir.',
      guidance: [
        'Criar uma seção sobre licenças de construção, acessível pela navegação principal do portal, que explique quais obras exigem licença.',
        'Definir onde os pedidos serão recebidos: um módulo do portal ou uma plataforma externa de licenciamento (inclusive regional ou nacional), com um link claro para ela.',
        'Listar as plantas, os documentos e as taxas que cada pedido exige e aceitar o envio eletrônico dos documentos.',
        'Acrescentar o pagamento online seguro das taxas de licenciamento.',
        'Permitir que os solicitantes acompanhem o andamento de seu processo e recebam online as decisões e as exigências.',
      ],
    },
    'environment-related-permit-application': {
      title: 'Solicitação online de licença ambiental',
      description: 'Pelo menos uma licença relacionada ao meio ambiente (por exemplo, autorização para podar ou remover uma árvore, ou licença para uma atividade que afete o ar, a água, os resíduos ou o ruído) pode ser solicitada online, no portal municipal ou em um site externo que o portal indica explicitamente com um link.',
      rationale: 'Solicitações online simples facilitam o cumprimento das normas ambientais por moradores e empresas e ajudam a cidade a acompanhar as atividades que afetam as áreas verdes e o meio ambiente.',
      guidance: [
        'Listar as licenças ambientais emitidas pela cidade ou por seus órgãos parceiros, como as de manejo de árvores, resíduos, lançamento de efluentes ou ruído, e as normas que fundamentam cada uma.',
        'Indicar, para cada licença, as informações e os documentos que o solicitante deve apresentar.',
        'Criar um formulário de solicitação online seguro, ou incluir um link para o serviço online da autoridade regional ou nacional quando for ela que emite a licença.',
        'Receber eventuais taxas por meio de pagamento online seguro.',
        'Permitir que os solicitantes consultem online o andamento de seu pedido.',
      ],
    },
    'business-licence-application': {
      title: 'Solicitação online de licença de funcionamento',
      description: 'Uma licença (alvará) de funcionamento para empresas pode ser solicitada online, seja no portal municipal, seja em um site externo de licenciamento que o portal indica explicitamente com um link.',
      rationale: 'Um licenciamento online rápido reduz o custo de abrir e manter uma empresa e torna a cidade mais atraente para empreendedores.',
      guidance: [
        'Definir quais tipos de licença podem ser tratados online e o que cada pedido exige (conta do solicitante, documentos, taxas).',
        'Escolher uma plataforma segura para os pedidos, seja um módulo do portal, seja um sistema de licenciamento mantido por outra autoridade, e incluir um link para ela na seção de empresas do portal.',
        'Permitir o envio de documentos comprobatórios e o pagamento online das taxas pelos meios de pagamento habituais.',
        'Atribuir a cada pedido um número de protocolo para que o solicitante acompanhe seu andamento.',
      ],
    },
    'residence-permit-application': {
      title: 'Solicitação online de autorização de residência',
      description: 'Uma autorização de permanência ou de residência pode ser solicitada online, seja no portal municipal, seja no site da autoridade de imigração ou de registro que o portal indica explicitamente com um link.',
      rationale: 'Os recém-chegados podem se estabelecer e manter sua situação regular com menos espera e menos deslocamentos, e a autoridade recebe pedidos mais completos.',
      guidance: [
        'Identificar qual autoridade emite as autorizações de residência e se ela já aceita pedidos online.',
        'Publicar uma página para recém-chegados que explique os tipos de autorização, os requisitos, os documentos exigidos e os prazos de análise.',
        'Incluir nessa página um link direto para a solicitação online ou, quando a própria cidade trata da autorização, oferecer um formulário seguro com envio de documentos.',
        'Aceitar o pagamento online das taxas do pedido.',
        'Permitir que os solicitantes acompanhem a situação de seu pedido.',
      ],
    },
    'birth-certificate-application': {
      title: 'Solicitação online de certidão de nascimento',
      description: 'Uma certidão de nascimento (ou uma cópia autenticada) pode ser solicitada online, seja no portal municipal, seja em um site de registro civil que o portal indica explicitamente com um link.',
      rationale: 'A certidão de nascimento é necessária para a matrícula escolar, para benefícios e para documentos de identidade; a solicitação online poupa às famílias uma ida ao cartório ou à repartição de registro.',
      guidance: [
        'Confirmar com o registro civil o que a lei permite quanto à solicitação online de certidões de nascimento e que comprovação de identidade é exigida.',
        'Se um registro regional ou nacional já recebe essas solicitações online, incluir um link para esse serviço na página de registro civil do portal.',
        'Caso contrário, oferecer um formulário de solicitação online seguro, que verifique a identidade do solicitante e aceite o envio de documentos comprobatórios.',
        'Receber eventuais taxas por meio de pagamento online seguro e informar como a certidão será entregue (pelo correio, para download ou para retirada presencial).',
        'Permitir que os solicitantes acompanhem online a situação de sua solicitação.',
      ],
    },
    'death-certificate-application': {
      title: 'Solicitação online de certidão de óbito',
      description: 'Uma certidão de óbito (ou uma cópia autenticada) pode ser solicitada online, seja no portal municipal, seja em um site de registro civil que o portal indica explicitamente com um link.',
      rationale: 'As famílias precisam da certidão de óbito para resolver heranças, pensões e contas; a solicitação online lhes poupa deslocamentos adicionais em um momento difícil.',
      guidance: [
        'Confirmar com o registro civil o que a lei permite quanto à solicitação online de certidões de óbito e que comprovação de identidade é exigida.',
        'Se um registro regional ou nacional já recebe essas solicitações online, incluir um link para esse serviço na página de registro civil do portal.',
        'Caso contrário, oferecer um formulário de solicitação online seguro, que verifique a identidade do solicitante e aceite o envio de documentos comprobatórios.',
        'Receber eventuais taxas por meio de pagamento online seguro e informar como a certidão será entregue (pelo correio, para download ou para retirada presencial).',
        'Permitir que os solicitantes acompanhem online a situação de sua solicitação.',
      ],
    },
    'marriage-certificate-application': {
      title: 'Solicitação online de certidão de casamento',
      description: 'Uma certidão de casamento (ou uma cópia autenticada) pode ser solicitada online, seja no portal municipal, seja em um site de registro civil que o portal indica explicitamente com um link.',
      rationale: 'A certidão de casamento é necessária para mudanças de nome, residência e pedidos de benefícios; a solicitação online agiliza essas etapas e mantém os registros corretos.',
      guidance: [
        'Confirmar com o registro civil o que a lei permite quanto à solicitação online de certidões de casamento e que comprovação de identidade é exigida.',
        'Se um registro regional ou nacional já recebe essas solicitações online, incluir um link para esse serviço na página de registro civil do portal.',
        'Caso contrário, oferecer um formulário de solicitação online seguro, que verifique a identidade do solicitante e aceite o envio de documentos comprobatórios.',
        'Receber eventuais taxas por meio de pagamento online seguro e informar como a certidão será entregue (pelo correio, para download ou para retirada presencial).',
        'Permitir que os solicitantes acompanhem online a situação de sua solicitação.',
      ],
    },
    'change-of-address-notification': {
      title: 'Comunicação online de mudança de endereço',
      description: 'Um morador pode comunicar online às autoridades uma mudança ou um novo endereço, seja no portal municipal, seja por um serviço de registro da população que o portal indica explicitamente com um link.',
      rationale: 'Endereços atualizados mantêm corretos os cadastros, os registros tributários, os cadernos eleitorais e a correspondência oficial, e a comunicação online elimina um motivo frequente de filas no balcão.',
      guidance: [
        'Identificar qual cadastro registra o endereço dos moradores (municipal ou nacional) e se ele já aceita comunicações online.',
        'Se aceitar, incluir um link para esse serviço na página do portal sobre mudança ou residência.',
        'Caso contrário, criar um formulário online seguro, com autenticação do usuário e validação automática do novo endereço.',
        'Permitir o envio de comprovante do novo endereço, como um contrato de aluguel ou uma conta de serviço público.',
        'Enviar uma confirmação quando a comunicação for recebida e avisar o morador quando o cadastro tiver sido atualizado.',
      ],
    },
    'land-title-registration': {
      title: 'Registro online de propriedade imobiliária',
      description: 'A propriedade de um terreno ou imóvel (uma escritura ou outro título) pode ser registrada online, seja no portal municipal, seja em um site de registro de imóveis que o portal indica explicitamente com um link.',
      rationale: 'O registro online torna as transações imobiliárias mais rápidas e seguras e dá aos proprietários uma prova clara e atualizada de seus direitos.',
      guidance: [
        'Verificar qual órgão mantém o registro de imóveis e se ele já oferece o protocolo online.',
        'Quando outra autoridade mantém o registro, incluir um link para seu serviço de protocolo online nas páginas do portal sobre imóveis.',
        'Caso contrário, implantar uma plataforma de protocolo segura, com autenticação forte do usuário e envio de escrituras e documentos comprobatórios.',
        'Atribuir a cada protocolo um número de referência e enviar atualizações sobre sua situação por e-mail ou SMS.',
        'Conectar a plataforma ao registro de imóveis e ao cadastro imobiliário municipal, para que os registros sejam atualizados sem redigitação.',
      ],
    },
    'vehicle-registration': {
      title: 'Registro online de veículos',
      description: 'Um carro, motocicleta, caminhão ou outro veículo pode ser registrado online, seja no portal municipal, seja no site da autoridade de registro de veículos que o portal indica explicitamente com um link.',
      rationale: 'O registro online poupa tempo aos proprietários e mantém os cadastros de veículos atualizados para fins de segurança viária, tributação e fiscalização.',
      guidance: [
        'Verificar qual autoridade registra os veículos e quais normas legais e de proteção de dados se aplicam.',
        'Quando outra autoridade oferece o registro online, incluir um link para ele nas páginas do portal sobre transporte ou veículos.',
        'Caso contrário, oferecer um serviço online que aceite o envio do documento de propriedade, do seguro e dos documentos de identidade e receba as taxas por meio de um gateway de pagamento seguro.',
        'Verificar automaticamente os dados enviados nos cadastros de veículos e de seguros.',
        'Notificar os proprietários por e-mail ou SMS à medida que o registro avança.',
      ],
    },
    'e-procurement-platform': {
      title: 'Apresentação eletrônica de propostas (compras públicas eletrônicas)',
      description: 'Os fornecedores podem participar eletronicamente de licitações para contratos municipais: o portal oferece, ou indica explicitamente com um link, a plataforma de compras públicas eletrônicas usada pelo município (própria, regional ou nacional), na qual as propostas podem ser enviadas online.',
      rationale: 'As compras públicas eletrônicas ampliam a concorrência, tornam as licitações mais justas e transparentes e reduzem as oportunidades de corrupção nas aquisições públicas.',
      guidance: [
        'Decidir entre manter uma plataforma municipal ou aderir a um sistema regional ou nacional de compras públicas eletrônicas já usado por outros compradores públicos.',
        'Envolver as equipes de compras, jurídica e de TI, bem como potenciais fornecedores, na definição dos requisitos.',
        'Publicar cada licitação na plataforma com requisitos e critérios de julgamento claros, e receber perguntas e propostas por meio eletrônico.',
        'Incluir um link em destaque para a plataforma na seção de contratações públicas ou de empresas do portal.',
        'Manter registros completos de cada procedimento e publicar as decisões de adjudicação.',
      ],
    },
    'online-job-applications': {
      title: 'Candidatura online a vagas no município',
      description: 'As pessoas podem se candidatar online a vagas na administração municipal, por meio de um formulário de candidatura ou de um sistema de recrutamento no portal, ou de um sistema que o portal indica explicitamente com um link para suas próprias vagas.',
      rationale: 'O recrutamento online torna os empregos públicos mais fáceis de encontrar e de disputar, o que amplia o número de candidatos e torna as contratações mais justas e rápidas.',
      guidance: [
        'Escolher um sistema de gestão de candidaturas ou um módulo de recrutamento compatível com as regras de contratação do município.',
        'Publicar cada vaga com sua descrição, as qualificações exigidas, o prazo e as etapas da candidatura.',
        'Permitir que os candidatos preencham um formulário online e enviem o currículo e documentos comprobatórios.',
        'Conectar o sistema ao banco de dados de recursos humanos, para que as candidaturas não precisem ser digitadas duas vezes.',
        'Confirmar automaticamente o recebimento de cada candidatura e manter os candidatos informados por e-mail.',
      ],
    },
    'online-tax-filing': {
      title: 'Declaração online de tributos municipais',
      description: 'Moradores ou empresas podem apresentar online as declarações de tributos e os formulários correspondentes exigidos pela autoridade local, seja no portal municipal, seja em um serviço tributário que o portal indica explicitamente com um link.',
      rationale: 'A declaração online reduz a papelada e os erros, ajuda os contribuintes a cumprir os prazos e diminui o custo de arrecadação da receita local.',
      guidance: [
        'Identificar quais tributos e declarações são administrados pela cidade e quais cabem às autoridades tributárias regionais ou nacionais.',
        'Oferecer formulários online seguros e com autenticação para as declarações administradas pela cidade.',
        'Para os tributos que a cidade não administra, trabalhar com a autoridade tributária e incluir no portal um link para o serviço de declaração online dela.',
        'Permitir que os contribuintes paguem online o valor devido depois de apresentar a declaração.',
        'Confirmar cada declaração por e-mail e manter um histórico de declarações na conta do contribuinte.',
      ],
    },
    'online-payment-for-services': {
      title: 'Pagamento online de taxas de serviços municipais',
      description: 'As taxas ou tarifas de pelo menos um serviço municipal (por exemplo, uma licença, uma certidão ou a coleta de lixo) podem ser pagas online a partir do portal; é aceitável concluir o pagamento em um provedor de pagamentos ou serviço governamental de pagamento para o qual o portal encaminha o usuário.',
      rationale: 'Pagar online é mais rápido para os moradores, faz com que os pagamentos cheguem em dia e reduz o manuseio de dinheiro e o trabalho de balcão da cidade.',
      guidance: [
        'Verificar as normas de segurança e financeiras aplicáveis ao recebimento de pagamentos online.',
        'Escolher um gateway de pagamento confiável ou o serviço de pagamento compartilhado do governo, quando houver.',
        'Integrá-lo ao portal por meio de conexões criptografadas, para que os usuários possam pagar a partir da página do serviço correspondente.',
        'Listar os serviços que podem ser pagos online, com os valores discriminados e eventuais encargos adicionais.',
        'Confirmar cada pagamento imediatamente e enviar um comprovante eletrônico com o valor e um número de referência.',
      ],
    },
    'online-payment-of-fines': {
      title: 'Pagamento online de multas',
      description: 'As multas aplicadas pelo município ou por outro órgão público, como multas de estacionamento ou de trânsito, podem ser pagas online a partir do portal, seja no próprio portal, seja em um serviço de pagamento que o portal indica explicitamente com um link.',
      rationale: 'O pagamento online fácil faz com que as multas sejam quitadas mais cedo, com menos lembretes, contestações e idas ao balcão.',
      guidance: [
        'Identificar quais multas são aplicadas pela cidade e quais são cobradas por outras autoridades.',
        'Conectar ao portal um gateway de pagamento seguro, para que uma multa possa ser consultada pelo número de referência e paga.',
        'Para as multas cobradas por outra autoridade, incluir no portal um link para o serviço de pagamento online dessa autoridade.',
        'Explicar os valores, os prazos, os eventuais descontos por pagamento antecipado e como contestar uma multa.',
        'Emitir uma confirmação imediata e um comprovante eletrônico para cada pagamento.',
      ],
    },
    'water-utility-payment': {
      title: 'Pagamento online de contas de água',
      description: 'As contas de água podem ser pagas online, seja diretamente no portal municipal, seja no site de pagamento da empresa de abastecimento de água que o portal indica com um link.',
      rationale: 'O pagamento online das contas é cômodo para as famílias, incentiva o pagamento em dia e reduz o custo da cobrança.',
      guidance: [
        'Identificar quem cobra dos moradores o fornecimento de água: um departamento municipal, uma empresa municipal ou uma operadora privada ou regional.',
        'Se a cidade faz a cobrança diretamente, integrar ao portal um gateway de pagamento seguro e mostrar as formas de pagamento aceitas.',
        'Se uma operadora faz a cobrança, acrescentar ao portal um link claramente identificado para a página de pagamento online da operadora.',
        'Enviar um comprovante eletrônico com número de referência após cada pagamento.',
        'Armazenar o mínimo possível de dados dos clientes e seguir as regras de proteção de dados.',
      ],
    },
    'energy-utility-payment': {
      title: 'Pagamento online de contas de luz ou gás',
      description: 'As contas de eletricidade ou gás podem ser pagas online, seja diretamente no portal municipal, seja no site de pagamento da empresa de energia que o portal indica com um link.',
      rationale: 'Pagar as contas de energia online poupa tempo e deslocamentos às famílias e as ajuda a evitar multas por atraso.',
      guidance: [
        'Identificar quem cobra dos moradores o fornecimento de eletricidade e gás: um departamento municipal, uma empresa municipal ou uma operadora privada ou regional.',
        'Se a cidade faz a cobrança diretamente, integrar ao portal um gateway de pagamento seguro e mostrar as formas de pagamento aceitas.',
        'Se uma operadora faz a cobrança, acrescentar ao portal um link claramente identificado para a página de pagamento online da operadora.',
        'Enviar um comprovante eletrônico com número de referência após cada pagamento.',
        'Armazenar o mínimo possível de dados dos clientes e seguir as regras de proteção de dados.',
      ],
    },
    'services-for-homeless-people': {
      title: 'Apoio a pessoas em situação de rua',
      description: 'O portal oferece ou descreve serviços para pessoas em situação de rua, como refeições gratuitas, abrigo emergencial, instalações de higiene, atendimento médico ou projetos de voluntariado, com detalhes práticos suficientes (onde, quando, a quem recorrer) para que alguém possa usá-los.',
      rationale: 'Informações claras ajudam pessoas em situação de crise a ter acesso rápido a alimentação, abrigo e cuidados, e mostram aos moradores como podem ajudar.',
      guidance: [
        'Reunir dados atualizados sobre os serviços para pessoas em situação de rua mantidos pela cidade e por seus parceiros: refeições, acolhimento emergencial, higiene, atendimento médico e voluntariado.',
        'Publicar uma seção específica, acessível a partir da área de serviços sociais, com uma página ou um bloco para cada tipo de ajuda.',
        'Informar endereços, horários de funcionamento, telefones de contato e requisitos em linguagem simples, e tornar as páginas fáceis de usar no celular.',
        'Atualizar as informações regularmente, em especial a disponibilidade de abrigo emergencial em situações de clima extremo.',
        'Divulgar as páginas por meio das equipes de abordagem social, das organizações parceiras e das redes sociais.',
      ],
    },
    'online-lost-and-found': {
      title: 'Serviço online de achados e perdidos',
      description: 'Moradores e visitantes podem comunicar a perda ou o achado de um objeto, ou pedir informações sobre ele, online: por um formulário ou banco de dados de achados e perdidos no portal municipal, ou por um serviço da polícia ou de achados e perdidos que o portal indica explicitamente com um link.',
      rationale: 'Um serviço online devolve os objetos a seus donos mais rapidamente e poupa idas a repartições e delegacias.',
      guidance: [
        'Definir quem trata dos objetos perdidos (uma repartição municipal, a polícia ou uma empresa de transporte) e combinar um processo comum.',
        'Escolher ou criar um serviço online que receba comunicações e consultas sobre objetos perdidos e achados, de preferência com uma lista pesquisável dos objetos encontrados.',
        'Integrar o serviço ao portal, ou incluir um link para o serviço da polícia ou da empresa operadora que já o oferece.',
        'Redigir instruções curtas, passo a passo, sobre como usar o serviço e o que acontece depois de feita a comunicação.',
      ],
    },
    'affordable-housing-search': {
      title: 'Busca online de moradia disponível ou a preço acessível',
      description: 'As pessoas podem consultar online moradias disponíveis ou a preço acessível (habitação social ou subsidiada), por exemplo por meio de listas de ofertas, um cadastro habitacional ou um serviço de inscrição, no portal municipal ou no site de um órgão de habitação que o portal indica explicitamente com um link.',
      rationale: 'Moradia a preço acessível é difícil de encontrar; um ponto de entrada online único ajuda as famílias a conhecer suas opções e a se inscrever, e torna os programas habitacionais da cidade mais transparentes.',
      guidance: [
        'Reunir os detalhes dos programas de moradia disponível e a preço acessível: requisitos, como se inscrever e a quem recorrer.',
        'Escolher uma ferramenta que permita consultar as ofertas atuais ou fazer cadastro e inscrição online, ou usar a ferramenta já existente do órgão de habitação.',
        'Integrar a ferramenta ao portal ou incluir um link claro para ela em uma seção de habitação.',
        'Explicar passo a passo como pesquisar, se inscrever e obter ajuda com a inscrição.',
      ],
    },

    // Participação e engajamento
    'email-responsiveness': {
      title: 'Resposta rápida a uma pergunta enviada por e-mail ou formulário',
      description: 'O avaliador envia ao município uma pergunta predefinida pelo endereço de e-mail ou pelo formulário web oferecido no portal. O indicador é atendido quando o município responde em até 3 dias úteis a partir do envio.',
    },
    'email-response-quality': {
      title: 'Resposta útil a uma pergunta de teste em até três dias',
      description: 'A resposta à pergunta de teste do avaliador chega em até três dias a partir do envio e de fato responde a ela: fornece a informação solicitada ou indica com precisão onde obtê-la. Uma resposta posterior, ou que não trate da pergunta, não atende ao indicador.',
    },
    'budget-information': {
      title: 'Informações sobre o orçamento municipal',
      description: 'O portal publica informações ou documentos sobre o orçamento municipal, como o orçamento aprovado, relatórios orçamentários ou a política orçamentária, em páginas ou em arquivos para download.',
    },
    'open-data-provision': {
      title: 'Conjuntos de dados abertos em formatos abertos',
      description: 'Conjuntos de dados do município podem ser baixados do portal, ou de um portal de dados indicado por link, em formatos abertos como CSV ou texto simples.',
    },
    'discrimination-reporting': {
      title: 'Denúncia online de discriminação',
      description: 'O portal permite que uma pessoa denuncie online qualquer tipo de discriminação (por exemplo, por motivo de origem étnica, idade ou gênero), enviando uma preocupação, pergunta ou reclamação a respeito.',
    },
    'ai-chatbot': {
      title: 'Chatbot com inteligência artificial',
      description: 'O portal oferece um chatbot de atendimento baseado em inteligência artificial, seja um assistente conversacional de IA, seja um assistente de IA generativa, que responde às perguntas dos usuários.',
    },
    'feedback-complaint-submission': {
      title: 'Envio online de comentários ou reclamações',
      description: 'Os usuários podem enviar ao município, online, uma reclamação, dúvida ou comentário, por exemplo por uma função de “deixe sua opinião” sobre o portal ou seus serviços; uma função de “fale com o prefeito” também conta.',
    },
    'online-deliberation-tools': {
      title: 'Ferramentas online para colher a opinião pública',
      description: 'O portal oferece ferramentas online que reúnem a opinião dos moradores para subsidiar a deliberação sobre políticas públicas, como fóruns de discussão, enquetes, petições, ferramentas de votação, chats, blogs ou consultas em redes sociais.',
    },
    'reporting-of-incidents-in-public-spaces': {
      title: 'Comunicação de problemas em espaços públicos',
      description: 'Os usuários podem comunicar online problemas em espaços públicos, como um buraco na rua ou um poste de iluminação com defeito, por meio de um recurso criado pelo município para essa finalidade (muitas vezes chamado “minha rua” ou “minha cidade”), no portal ou em um aplicativo indicado por link.',
    },
    'participatory-budgeting': {
      title: 'Orçamento participativo',
      description: 'O portal mostra uma oportunidade para os moradores participarem do orçamento participativo, seja em um processo realizado nos últimos cinco anos, seja em um processo anunciado para um futuro próximo.',
    },
    'participatory-land-use-planning': {
      title: 'Participação pública no planejamento do uso do solo',
      description: 'O portal mostra uma oportunidade para os moradores, recentemente ou em um futuro próximo, participarem da revisão da forma como o território da cidade está organizado, por exemplo uma revisão do plano de uso do solo ou do plano diretor, ou a decisão de transformar uma área em parque.',
    },
    'upcoming-e-participation-announcements': {
      title: 'Anúncios de futuras atividades de participação eletrônica',
      description: 'O portal informa os usuários sobre as próximas atividades de participação eletrônica, como consultas online, pesquisas, enquetes ou votações, por meio de anúncios ou de um calendário.',
    },
    'outcome-of-online-consultations': {
      title: 'Resultados publicados de consultas online',
      description: 'O portal mostra que pelo menos uma consulta pública online resultou em uma decisão concreta sobre uma política, regulamentação ou serviço, por exemplo em um relatório-síntese, uma apresentação ou uma notícia sobre o resultado.',
    },
    'e-voting': {
      title: 'Votação eletrônica sobre decisões locais',
      description: 'O portal oferece uma ferramenta ou um processo de votação eletrônica efetivamente usado em um processo decisório local, como uma votação sobre propostas ou projetos.',
    },
    'council-public-meetings-information': {
      title: 'Sessões públicas da câmara municipal',
      description: 'O portal oferece informações sobre as sessões públicas do órgão deliberativo do município (câmara ou assembleia municipal): anúncios ou um calendário das sessões futuras ou passadas, ou atas das sessões passadas.',
    },
    'open-data-metadata': {
      title: 'Metadados dos conjuntos de dados abertos',
      description: 'Cada conjunto de dados abertos publicado pelo município vem acompanhado de metadados, como uma descrição, a data de publicação ou da última atualização e o autor ou órgão responsável.',
    },
    'live-chat-with-staff': {
      title: 'Chat ao vivo com servidores municipais',
      description: 'O portal oferece conversa em tempo real com servidores municipais, por exemplo por botão de chat, chat na web, WhatsApp, WeChat, SMS ou outro canal de atendimento ao vivo.',
    },
    'social-networking-features': {
      title: 'Links para as redes sociais',
      description: 'O portal oferece recursos de redes sociais, como links para as contas oficiais da cidade no Facebook, X (Twitter), YouTube, Flickr ou redes semelhantes, ou publicações dessas contas incorporadas ao portal.',
    },

    // Tecnologia
    'contact-details': {
      title: 'Dados de contato do município',
      description: 'O portal oferece formas de entrar em contato com o município, normalmente em uma página “Fale conosco”: pelo menos um entre número de telefone, endereço de e-mail, endereço postal ou físico, ou formulário de contato online.',
    },
    'browser-compatibility': {
      title: 'Funciona nos navegadores mais usados',
      description: 'O portal é exibido e funciona corretamente em cada um dos três navegadores web mais usados no país: as páginas carregam, os menus, links, formulários e a pesquisa funcionam, e o layout não fica desconfigurado.',
    },
    'portal-findability': {
      title: 'Fácil de encontrar nos mecanismos de busca',
      description: 'O portal oficial da cidade aparece na primeira página de resultados de cada um dos três mecanismos de busca mais usados no país.',
    },
    'mobile-device-accessibility': {
      title: 'Utilizável em dispositivos móveis',
      description: 'O portal é bem exibido e pode ser navegado e usado em um smartphone ou tablet, seja como site responsivo, seja por meio de um aplicativo móvel do portal.',
    },
    'navigability': {
      title: 'Mapa do site ou índice de páginas',
      description: 'O portal tem um mapa do site ou uma página de índice que lista suas páginas, geralmente em hierarquia, e que os visitantes podem abrir (por exemplo, a partir do rodapé). Um sitemap XML destinado apenas aos mecanismos de busca não conta por si só.',
    },
    'advanced-search': {
      title: 'Opções de pesquisa avançada',
      description: 'A pesquisa do portal oferece opções avançadas além de um único campo, como frases exatas, palavras excluídas, intervalos de datas ou idioma, ou permite que os usuários filtrem e refinem os resultados (por exemplo, por seção ou tipo de documento).',
    },
    'w3c-markup-validity': {
      title: 'Marcação HTML válida (verificação do W3C)',
      description: 'A página inicial do portal passa no W3C Markup Validation Service com as opções padrão e sem erros. Qualquer erro, ou um tempo limite de leitura esgotado, significa que o indicador não é atendido.',
    },
    'w3c-css-validity': {
      title: 'Folhas de estilo CSS válidas (verificação do W3C)',
      description: 'As folhas de estilo do portal passam no W3C CSS Validation Service executado sobre o endereço da página inicial com as opções padrão. Qualquer erro relatado significa que o indicador não é atendido.',
    },
    'wcag-accessibility': {
      title: 'Atende ao nível AA das WCAG 2.1 em testes automatizados',
      description: 'A página inicial do portal não apresenta problemas quando testada segundo o nível AA das WCAG 2.1 com um verificador automático de acessibilidade (o toolkit usa o TAW). Qualquer problema relatado no resumo significa que o indicador não é atendido.',
    },
    'access-to-own-data': {
      title: 'Consulta aos próprios dados mantidos pela cidade',
      description: 'Os usuários podem ver, no portal ou em um serviço indicado por link a partir dele, dados que o governo local mantém sobre eles, como registros tributários, de benefícios sociais ou de registro de veículos, geralmente após fazer login em uma conta pessoal.',
    },
    'modification-of-own-data': {
      title: 'Atualização online dos próprios dados',
      description: 'As pessoas podem alterar pelo menos parte dos dados que o governo local mantém sobre elas, como dados de contato ou endereço, no portal ou em um serviço indicado por link a partir dele.',
    },
    'helpdesk-phone-number': {
      title: 'Telefone de atendimento para os serviços online',
      description: 'O portal mostra um número de telefone de atendimento para o qual as pessoas podem ligar quando têm dificuldade para concluir um serviço online ou por outro canal digital.',
    },
    'internal-search': {
      title: 'Barra de pesquisa na página inicial',
      description: 'A página inicial do portal tem uma barra de pesquisa que funciona: uma pesquisa com uma única palavra retorna resultados relevantes do portal.',
    },
    'help-faq': {
      title: 'Seção de ajuda ou perguntas frequentes',
      description: 'O portal tem um recurso de ajuda ou uma seção de “Perguntas frequentes” que ajuda os usuários a se orientar no site e responde às perguntas que as pessoas costumam fazer.',
    },
    'online-authentication': {
      title: 'Login seguro do usuário (identidade eletrônica)',
      description: 'O portal permite que os usuários façam login com segurança, com uma conta, uma identidade eletrônica nacional (e-ID) ou autenticação multifator, para usar serviços online ou móveis personalizados. Um login fornecido por um serviço nacional indicado por link conta.',
    },
  },
};

export default locale;
