// NewsBot on Azure: a Linux App Service (.NET 10) hosting the bot, an Azure Bot resource wired to it,
// the Microsoft Teams and Web Chat / Direct Line channels, and (for UserAssignedMSI) a user-assigned
// managed identity. Compiled to azuredeploy.json with the pinned Bicep CLI; see README.md.
targetScope = 'resourceGroup'

@description('Name of the Web App. Must be globally unique; it becomes <appName>.azurewebsites.net (or a unique default host name).')
@minLength(2)
@maxLength(60)
param appName string

@description('Azure region for the App Service plan, the Web App and the managed identity.')
param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Framework: SingleTenant (an Entra ID app registration with a client secret) or UserAssignedMSI (a user-assigned managed identity, no secret).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string = 'SingleTenant'

@description('SingleTenant only: the application (client) ID of the Entra ID app registration. Ignored for UserAssignedMSI, where the identity\'s client ID is used.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of the app registration. Stored as the MicrosoftAppPassword app setting.')
@secure()
param microsoftAppPassword string = ''

@description('SingleTenant only: Entra ID tenant (directory) id of the app registration. Empty means the tenant of the deployment. For UserAssignedMSI the identity\'s tenant is used.')
param microsoftAppTenantId string = ''

@description('UserAssignedMSI only: name of the user-assigned managed identity to create (or update).')
param identityName string = '${appName}-identity'

@description('Name of the Azure Bot resource (its global bot handle). Must be globally unique.')
@minLength(2)
@maxLength(64)
param botName string = appName

@description('Display name of the bot in the Azure portal and in Web Chat.')
param botDisplayName string = 'NewsBot'

@description('Pricing tier of the Azure Bot. F0 is free; Teams and Web Chat are standard channels.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name of the App Service plan.')
param appServicePlanName string = '${appName}-plan'

@description('Pricing tier of the Linux App Service plan. Always On needs Basic (B1) or higher, so the Free tier is not offered.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'B1'

@description('Startup command of the Web App (the published bot assembly).')
param startupCommand string = 'dotnet NewsBot.Bot.dll'

@description('Knowledge__ArticlesPath: folder of the news articles. The default is the articles folder inside the deployed package (read-only is fine).')
param knowledgeArticlesPath string = '/home/site/wwwroot/articles'

@description('Knowledge__IndexPath: folder of the search index. Must be writable and outside the deployed package, so on Linux App Service it lives under /home.')
param knowledgeIndexPath string = '/home/data/newsbot/index'

@description('Run the app from the deployed zip package (WEBSITE_RUN_FROM_PACKAGE=1), which makes /home/site/wwwroot read-only.')
param runFromPackage bool = true

@description('Tags applied to every resource.')
param tags object = {}

var useManagedIdentity = appType == 'UserAssignedMSI'

// A SingleTenant bot without an app id or secret cannot authenticate. ARM evaluates variables while it validates the
// template, so these checks stop a deployment before any resource is created; `if` only evaluates the branch it takes.
var singleTenantAppId = useManagedIdentity || !empty(microsoftAppId)
  ? microsoftAppId
  : fail('microsoftAppId is required when appType is SingleTenant (the application ID of the app registration).')
var singleTenantPassword = useManagedIdentity || !empty(microsoftAppPassword)
  ? microsoftAppPassword
  : fail('microsoftAppPassword is required when appType is SingleTenant (a client secret of the app registration).')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = if (useManagedIdentity) {
  name: identityName
  location: location
  tags: tags
}

var botAppId = useManagedIdentity ? identity!.properties.clientId : singleTenantAppId
var botTenantId = useManagedIdentity
  ? identity!.properties.tenantId
  : (empty(microsoftAppTenantId) ? tenant().tenantId : microsoftAppTenantId)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: appServicePlanName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

var baseAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppPassword'
    value: useManagedIdentity ? '' : singleTenantPassword
  }
  {
    name: 'MicrosoftAppTenantId'
    value: botTenantId
  }
  {
    name: 'Knowledge__ArticlesPath'
    value: knowledgeArticlesPath
  }
  {
    name: 'Knowledge__IndexPath'
    value: knowledgeIndexPath
  }
]

var packageAppSettings = runFromPackage
  ? [
      {
        name: 'WEBSITE_RUN_FROM_PACKAGE'
        value: '1'
      }
    ]
  : []

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: useManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${identity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: startupCommand
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true
      appSettings: concat(baseAppSettings, packageAppSettings)
    }
  }
}

var messagingEndpoint = 'https://${webApp.properties.defaultHostName}/api/messages'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
  // Channels of one bot are updated one at a time; parallel writes can conflict.
  dependsOn: [
    teamsChannel
  ]
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
  dependsOn: [
    webChatChannel
  ]
}

@description('Host name of the Web App.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Messaging endpoint configured on the Azure Bot.')
output messagingEndpoint string = messagingEndpoint

@description('App id the bot authenticates with: put it into the Teams app package (teams/package.sh).')
output botAppId string = botAppId

@description('Name of the Azure Bot resource.')
output botName string = bot.name

@description('Resource id of the user-assigned managed identity (empty for SingleTenant).')
output identityResourceId string = useManagedIdentity ? identity.id : ''
