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
    },
    'organizational-chart': {
      title: 'Organograma da administração municipal',
      description: 'O portal apresenta um organograma ou diagrama de como a administração municipal está organizada: seus departamentos e unidades e as relações hierárquicas entre eles. Uma simples lista de departamentos, sem a estrutura, não é suficiente.',
    },
    'heads-of-departments-and-contacts': {
      title: 'Dirigentes dos departamentos e seus contatos',
      description: 'O portal informa o nome das pessoas que dirigem os departamentos municipais, com seus cargos oficiais e uma forma de contatá-las ou de contatar seu gabinete (número de telefone ou endereço de e-mail). Pode ser uma página, uma seção ou parte do organograma.',
    },
    'right-of-access-to-information': {
      title: 'Direito de acesso à informação pública',
      description: 'O portal explica o direito legal dos moradores de obter informações em poder do governo, por exemplo apresentando ou indicando por link a lei de liberdade de informação ou de acesso à informação, ou uma página sobre como solicitar informações ao município.',
    },
    'open-data-policy': {
      title: 'Política de dados governamentais abertos',
      description: 'O portal mostra que a cidade se comprometeu a publicar seus dados de forma aberta, por exemplo por meio de uma política, estratégia, carta ou decisão publicada de que os dados serão disponibilizados para que qualquer pessoa possa acessá-los, reutilizá-los e redistribuí-los livremente, ou de um link para esse documento.',
    },
    'links-to-other-government-agencies': {
      title: 'Links para outros órgãos governamentais',
      description: 'O portal tem uma seção específica, como um diretório ou uma página de “links governamentais”, com links para os sites oficiais de outros órgãos governamentais locais, regionais ou nacionais. Links dispersos em notícias não contam.',
    },
    'privacy-policy': {
      title: 'Política de privacidade',
      description: 'O portal tem uma declaração de privacidade, geralmente com link no rodapé ou na página inicial, que explica como o site coleta, usa, armazena e protege os dados pessoais de seus usuários.',
    },
    'online-service-tutorials': {
      title: 'Tutoriais sobre o uso dos serviços online',
      description: 'O portal oferece orientações que ensinam as pessoas a usar seus serviços online, como guias passo a passo, manuais do usuário, tutoriais em vídeo ou um link de ajuda para os serviços eletrônicos.',
    },

    // Provisão de conteúdo
    'foreign-language-support': {
      title: 'Conteúdo em mais de um idioma',
      description: 'O portal oferece informações ou serviços em pelo menos um idioma além do principal idioma oficial do país, por exemplo por meio de um seletor de idioma ou de um conjunto de páginas traduzidas. Páginas traduzidas hospedadas em outro lugar contam quando o portal as indica explicitamente com um link.',
    },
    'municipality-information': {
      title: 'Informações sobre o município',
      description: 'O portal tem uma página ou seção que descreve a própria cidade, abordando temas como sua história, geografia, população, economia, cultura, natureza ou atrações. Um site de turismo ou de perfil da cidade conta quando o portal o indica com um link.',
    },
    'emergency-alert-subscription': {
      title: 'Inscrição para alertas de emergência',
      description: 'O portal explica como as pessoas podem se inscrever para receber, ou como recebem, avisos sobre emergências como condições meteorológicas extremas, inundações, terremotos ou episódios de poluição do ar, por notificação push, SMS, e-mail ou aplicativo. Informações sobre a plataforma externa de alertas usada pela cidade contam quando o portal a indica com um link.',
    },
    'procurement-announcements': {
      title: 'Avisos de contratações públicas',
      description: 'O portal publica os editais abertos de licitação, as solicitações de propostas ou outras oportunidades de contratação do município, ou indica por link a plataforma externa de compras públicas em que esses editais são publicados. Pode ser usado qualquer termo como contratação pública, licitação, concorrência, proposta ou contrato.',
    },
    'procurement-results': {
      title: 'Resultados das contratações públicas',
      description: 'O portal publica os resultados dos processos de contratação do município, como os contratos adjudicados, os fornecedores vencedores ou os valores dos contratos, ou indica por link a plataforma externa de compras públicas em que esses resultados são publicados.',
    },
    'information-about-services': {
      title: 'Catálogo de serviços com detalhes de cada serviço',
      description: 'O portal lista os serviços do município e, para cada serviço, dá detalhes práticos, como em que consiste, como solicitá-lo, quais documentos são necessários, quanto tempo leva e quanto custa. Uma simples lista de nomes de serviços não conta.',
    },
    'initiatives-with-third-parties': {
      title: 'Iniciativas com parceiros externos',
      description: 'O portal descreve pelo menos uma iniciativa que o município realiza em conjunto com terceiros, como organizações da sociedade civil, empresas, universidades ou moradores que contribuem com recursos ou ideias por meio de financiamento coletivo (crowdfunding) ou colaboração coletiva (crowdsourcing).',
    },
    'health-information': {
      title: 'Informações sobre saúde',
      description: 'O portal oferece informações relacionadas à saúde, por exemplo onde encontrar serviços de saúde, orientações sobre vacinação ou prevenção, ou como a cidade se prepara para emergências de saúde. Um portal de saúde ou o site de uma autoridade de saúde conta quando o portal municipal o indica com um link.',
    },
    'environmental-information': {
      title: 'Informações ambientais',
      description: 'O portal oferece informações sobre questões ambientais, como ação climática, economia de energia, áreas verdes, ruído ou como os moradores podem reduzir suas emissões de gases de efeito estufa.',
    },
    'education-information': {
      title: 'Informações sobre educação',
      description: 'O portal oferece informações sobre educação, por exemplo cuidados na primeira infância, matrícula na pré-escola e na escola, um diretório de escolas ou apoio aos pais.',
    },
    'social-welfare-information': {
      title: 'Informações sobre assistência social',
      description: 'O portal oferece informações sobre assistência social, como benefícios sociais e os programas ou iniciativas disponíveis para determinados grupos, com detalhes suficientes para saber o que existe e a quem recorrer.',
    },
    'leisure-culture-sports-information': {
      title: 'Informações sobre lazer, cultura e esporte',
      description: 'O portal oferece informações sobre lazer, cultura e esporte, como instalações e atividades esportivas, parques, parquinhos e espaços abertos, equipamentos culturais, eventos ou turismo.',
    },
    'information-for-vulnerable-groups': {
      title: 'Informações para grupos vulneráveis',
      description: 'O portal oferece informações destinadas a grupos vulneráveis, como mulheres, crianças, jovens, pessoas com deficiência, pessoas idosas, povos indígenas ou pessoas que vivem em situação de pobreza, por exemplo sobre os serviços, direitos ou programas disponíveis para eles.',
    },
    'justice-information': {
      title: 'Informações sobre justiça e recursos',
      description: 'O portal oferece informações sobre questões de justiça que os moradores tratam no âmbito local, como contestar uma multa de trânsito ou de estacionamento, recorrer de um lançamento de imposto municipal ou impugná-lo, ou usar serviços de mediação.',
    },
    'employment-information': {
      title: 'Informações sobre emprego e capacitação',
      description: 'O portal oferece informações sobre trabalho, como procurar emprego, programas de capacitação e qualificação profissional, ou benefícios e apoio em caso de desemprego. O site de uma agência de emprego indicado por link conta.',
    },
    'smart-city-initiatives': {
      title: 'Iniciativas de cidade inteligente',
      description: 'O portal mostra pelo menos um tipo de esforço de cidade inteligente: anúncios de iniciativas, projetos ou serviços de cidade inteligente; uma estratégia ou um plano de cidade inteligente; ou serviços inteligentes à disposição dos moradores.',
    },
    'use-of-emerging-technologies': {
      title: 'Uso de tecnologias emergentes',
      description: 'O portal comprova que o município usa uma tecnologia emergente, como inteligência artificial, blockchain ou Internet das Coisas, em seus serviços ou aplicações, por exemplo na gestão de resíduos, no estacionamento, no transporte ou na iluminação pública.',
    },
    'sdg-data': {
      title: 'Dados locais sobre o progresso dos ODS',
      description: 'O portal publica dados quantitativos sobre o progresso da cidade rumo aos Objetivos de Desenvolvimento Sustentável (ODS), em qualquer formato: estatísticas, tabelas, gráficos, estudos ou uma Revisão Local Voluntária. Menções aos ODS sem números não contam.',
    },
    'public-transport-information': {
      title: 'Informações sobre transporte público',
      description: 'O portal oferece informações sobre transporte público, como horários, mapas de linhas ou tarifas e formas de pagamento, ou indica por link um portal específico de transporte público ou o site da empresa operadora.',
    },
    'municipal-mobile-apps': {
      title: 'Aplicativos móveis municipais',
      description: 'Existe pelo menos um aplicativo móvel que desempenha ou apoia uma função municipal, como relatar problemas, pagar contas, estacionamento, transporte ou informações sobre a cidade, e o portal o apresenta, normalmente com uma descrição ou um link para a loja de aplicativos.',
    },
    'waste-reduction-and-recycling-information': {
      title: 'Informações sobre redução de resíduos e reciclagem',
      description: 'O portal informa aos moradores como e onde podem reduzir, reciclar ou reutilizar resíduos, por exemplo regras de separação, calendários de coleta ou a localização de centros de reciclagem, muitas vezes em uma seção sobre meio ambiente ou sobre “viver na cidade”.',
    },
    'road-information': {
      title: 'Informações sobre vias e segurança viária',
      description: 'O portal oferece informações sobre as vias, como orientações de segurança viária, estatísticas de acidentes de trânsito, projetos de melhoria viária, obras, interdições e desvios, ou como comunicar um problema de segurança viária.',
    },
    'portal-usage-statistics': {
      title: 'Estatísticas de uso do portal',
      description: 'O portal publica estatísticas sobre seu próprio uso, como número de visitas ou de novos visitantes, visualizações de página ou tempo médio de permanência no site.',
    },
    'emergency-and-disaster-section': {
      title: 'Seção sobre emergências e desastres',
      description: 'O portal tem uma seção específica, ou um link para outro portal do governo local, sobre emergências e desastres, como inundações, ameaças à segurança pública ou pandemias, com informações sobre preparação ou resposta.',
    },
    'air-pollution-policy-information': {
      title: 'Políticas e medidas contra a poluição do ar',
      description: 'O portal apresenta as políticas, os planos ou as medidas da cidade para reduzir a poluição do ar, como um plano de qualidade do ar, zonas de baixa emissão ou restrições durante picos de poluição.',
    },
    'air-pollution-measurements': {
      title: 'Medições da qualidade do ar',
      description: 'O portal mostra medições reais da qualidade do ar na cidade, como valores de poluentes, um índice de qualidade do ar, gráficos, mapas ou dados para download. Um site de monitoramento indicado por link conta quando mostra dados da cidade.',
    },
    'user-satisfaction-measurement': {
      title: 'Pesquisas de satisfação dos usuários',
      description: 'O portal oferece ou explica uma forma pela qual o município mede a satisfação dos usuários, como uma enquete, um questionário ou a avaliação de páginas ou serviços.',
    },
    'user-satisfaction-results': {
      title: 'Resultados publicados da satisfação dos usuários',
      description: 'O portal publica uma porcentagem ou outra estatística que mostra o grau de satisfação dos usuários com o portal ou com seus serviços online, por exemplo os resultados de uma pesquisa de satisfação que os abranja.',
    },
    'upcoming-events': {
      title: 'Agenda de próximos eventos',
      description: 'O portal tem uma seção que lista os próximos eventos na cidade, com datas, como um calendário ou uma agenda de eventos. Um site de eventos da cidade indicado por link no portal conta.',
    },
    'news-section': {
      title: 'Seção de notícias do município',
      description: 'O portal tem uma seção de notícias sobre a atualidade da cidade, como novas decisões ou mudanças de políticas, planos e programas de desenvolvimento ou histórias da vida na cidade, com itens datados.',
    },
    'free-internet-access': {
      title: 'Acesso público e gratuito à internet',
      description: 'O portal mostra que o governo oferece acesso gratuito à internet, por exemplo Wi-Fi gratuito em determinadas áreas públicas ou um acordo com operadoras de telefonia móvel, normalmente com os locais ou a forma de se conectar.',
    },
    'assisted-access-points': {
      title: 'Pontos de atendimento assistido para serviços online',
      description: 'O portal informa sobre locais físicos, como centros comunitários, bibliotecas, agências dos correios ou centros de atendimento, onde as pessoas podem receber ajuda presencial para usar os serviços governamentais online.',
    },

    // Provisão de serviços
    'online-police-declaration': {
      title: 'Registro de ocorrência policial online',
      description: 'Uma pessoa pode registrar uma ocorrência na polícia online, por exemplo comunicar um furto, seja por um formulário no portal municipal, seja por um site ou aplicativo da polícia que o portal indica explicitamente com um link. O registro em si deve ser enviado online; apenas um número de emergência ou o endereço de uma delegacia não atende ao indicador.',
    },
    'driver-licence-application': {
      title: 'Solicitação online da carteira de habilitação',
      description: 'A carteira de habilitação (carta de condução) pode ser solicitada online, seja no portal municipal, seja no site da autoridade de trânsito responsável (muitas vezes regional ou nacional) que o portal indica explicitamente com um link.',
    },
    'building-permit-application': {
      title: 'Solicitação online de licença de construção',
      description: 'O pedido de licença (alvará) de construção pode ser preenchido e enviado online, seja no portal municipal, seja em uma plataforma externa de licenciamento eletrônico que o portal indica explicitamente com um link.',
    },
    'environment-related-permit-application': {
      title: 'Solicitação online de licença ambiental',
      description: 'Pelo menos uma licença relacionada ao meio ambiente (por exemplo, autorização para podar ou remover uma árvore, ou licença para uma atividade que afete o ar, a água, os resíduos ou o ruído) pode ser solicitada online, no portal municipal ou em um site externo que o portal indica explicitamente com um link.',
    },
    'business-licence-application': {
      title: 'Solicitação online de licença de funcionamento',
      description: 'Uma licença (alvará) de funcionamento para empresas pode ser solicitada online, seja no portal municipal, seja em um site externo de licenciamento que o portal indica explicitamente com um link.',
    },
    'residence-permit-application': {
      title: 'Solicitação online de autorização de residência',
      description: 'Uma autorização de permanência ou de residência pode ser solicitada online, seja no portal municipal, seja no site da autoridade de imigração ou de registro que o portal indica explicitamente com um link.',
    },
    'birth-certificate-application': {
      title: 'Solicitação online de certidão de nascimento',
      description: 'Uma certidão de nascimento (ou uma cópia autenticada) pode ser solicitada online, seja no portal municipal, seja em um site de registro civil que o portal indica explicitamente com um link.',
    },
    'death-certificate-application': {
      title: 'Solicitação online de certidão de óbito',
      description: 'Uma certidão de óbito (ou uma cópia autenticada) pode ser solicitada online, seja no portal municipal, seja em um site de registro civil que o portal indica explicitamente com um link.',
    },
    'marriage-certificate-application': {
      title: 'Solicitação online de certidão de casamento',
      description: 'Uma certidão de casamento (ou uma cópia autenticada) pode ser solicitada online, seja no portal municipal, seja em um site de registro civil que o portal indica explicitamente com um link.',
    },
    'change-of-address-notification': {
      title: 'Comunicação online de mudança de endereço',
      description: 'Um morador pode comunicar online às autoridades uma mudança ou um novo endereço, seja no portal municipal, seja por um serviço de registro da população que o portal indica explicitamente com um link.',
    },
    'land-title-registration': {
      title: 'Registro online de propriedade imobiliária',
      description: 'A propriedade de um terreno ou imóvel (uma escritura ou outro título) pode ser registrada online, seja no portal municipal, seja em um site de registro de imóveis que o portal indica explicitamente com um link.',
    },
    'vehicle-registration': {
      title: 'Registro online de veículos',
      description: 'Um carro, motocicleta, caminhão ou outro veículo pode ser registrado online, seja no portal municipal, seja no site da autoridade de registro de veículos que o portal indica explicitamente com um link.',
    },
    'e-procurement-platform': {
      title: 'Apresentação eletrônica de propostas (compras públicas eletrônicas)',
      description: 'Os fornecedores podem participar eletronicamente de licitações para contratos municipais: o portal oferece, ou indica explicitamente com um link, a plataforma de compras públicas eletrônicas usada pelo município (própria, regional ou nacional), na qual as propostas podem ser enviadas online.',
    },
    'online-job-applications': {
      title: 'Candidatura online a vagas no município',
      description: 'As pessoas podem se candidatar online a vagas na administração municipal, por meio de um formulário de candidatura ou de um sistema de recrutamento no portal, ou de um sistema que o portal indica explicitamente com um link para suas próprias vagas.',
    },
    'online-tax-filing': {
      title: 'Declaração online de tributos municipais',
      description: 'Moradores ou empresas podem apresentar online as declarações de tributos e os formulários correspondentes exigidos pela autoridade local, seja no portal municipal, seja em um serviço tributário que o portal indica explicitamente com um link.',
    },
    'online-payment-for-services': {
      title: 'Pagamento online de taxas de serviços municipais',
      description: 'As taxas ou tarifas de pelo menos um serviço municipal (por exemplo, uma licença, uma certidão ou a coleta de lixo) podem ser pagas online a partir do portal; é aceitável concluir o pagamento em um provedor de pagamentos ou serviço governamental de pagamento para o qual o portal encaminha o usuário.',
    },
    'online-payment-of-fines': {
      title: 'Pagamento online de multas',
      description: 'As multas aplicadas pelo município ou por outro órgão público, como multas de estacionamento ou de trânsito, podem ser pagas online a partir do portal, seja no próprio portal, seja em um serviço de pagamento que o portal indica explicitamente com um link.',
    },
    'water-utility-payment': {
      title: 'Pagamento online de contas de água',
      description: 'As contas de água podem ser pagas online, seja diretamente no portal municipal, seja no site de pagamento da empresa de abastecimento de água que o portal indica com um link.',
    },
    'energy-utility-payment': {
      title: 'Pagamento online de contas de luz ou gás',
      description: 'As contas de eletricidade ou gás podem ser pagas online, seja diretamente no portal municipal, seja no site de pagamento da empresa de energia que o portal indica com um link.',
    },
    'services-for-homeless-people': {
      title: 'Apoio a pessoas em situação de rua',
      description: 'O portal oferece ou descreve serviços para pessoas em situação de rua, como refeições gratuitas, abrigo emergencial, instalações de higiene, atendimento médico ou projetos de voluntariado, com detalhes práticos suficientes (onde, quando, a quem recorrer) para que alguém possa usá-los.',
    },
    'online-lost-and-found': {
      title: 'Serviço online de achados e perdidos',
      description: 'Moradores e visitantes podem comunicar a perda ou o achado de um objeto, ou pedir informações sobre ele, online: por um formulário ou banco de dados de achados e perdidos no portal municipal, ou por um serviço da polícia ou de achados e perdidos que o portal indica explicitamente com um link.',
    },
    'affordable-housing-search': {
      title: 'Busca online de moradia disponível ou a preço acessível',
      description: 'As pessoas podem consultar online moradias disponíveis ou a preço acessível (habitação social ou subsidiada), por exemplo por meio de listas de ofertas, um cadastro habitacional ou um serviço de inscrição, no portal municipal ou no site de um órgão de habitação que o portal indica explicitamente com um link.',
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
