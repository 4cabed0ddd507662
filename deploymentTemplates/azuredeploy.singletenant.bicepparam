// SingleTenant: the bot signs in with an Entra ID app registration and a client secret.
//   export NEWSBOT_APP_NAME=<globally unique web app name>
//   export MICROSOFT_APP_ID=<application (client) id>   MICROSOFT_APP_PASSWORD=<client secret>
//   az deployment group create -g <resource group> --parameters deploymentTemplates/azuredeploy.singletenant.bicepparam
// The secret is read from the environment so that it never lands in a file.
using './azuredeploy.bicep'

param appName = readEnvironmentVariable('NEWSBOT_APP_NAME')
param appType = 'SingleTenant'
param microsoftAppId = readEnvironmentVariable('MICROSOFT_APP_ID')
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD')
// Empty means the tenant you deploy to; set MICROSOFT_APP_TENANT_ID when the app registration lives in another tenant.
param microsoftAppTenantId = readEnvironmentVariable('MICROSOFT_APP_TENANT_ID', '')
param appServicePlanSku = 'B1'
param botSku = 'F0'
